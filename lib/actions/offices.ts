"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { changedFields } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { changeOfficeStatus, createOffice, snapshotOfValues, updateOffice } from "@/lib/data/admin/office-writes";
import type { OfficeSnapshot } from "@/lib/data/admin/office-snapshot";
import { db } from "@/lib/db/client";
import { formDataToObject } from "@/lib/validation/form-data";
import { officeFormErrors, officeFormSchema } from "@/lib/validation/office-form";

export type OfficeFormState = {
  status: "idle" | "invalid" | "conflict" | "saved";
  /** What the person typed, returned so nothing is lost on any error. */
  input: Record<string, unknown>;
  errors?: Record<string, string>;
  /** On conflict: the fields someone else changed meanwhile, with their current values. */
  changedMeanwhile?: { field: string; current: unknown }[];
  /** The record as the form now shows it, sent back with the next save to tell what others changed meanwhile. */
  base?: Record<string, unknown>;
};

function parseBase(formData: FormData): Record<string, unknown> | null {
  try {
    const base: unknown = JSON.parse(String(formData.get("$base") ?? "null"));
    return base && typeof base === "object" ? (base as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function revalidatePublicPages() {
  // Public pages read the database on every request; this also drops any cached router payloads.
  revalidatePath("/[locale]", "layout");
}

/** Saves an office form. `officeId` null creates a new office in `organizationId`. */
export async function saveOffice(target: { officeId: string | null; organizationId: string }, _previous: OfficeFormState, formData: FormData): Promise<OfficeFormState> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  delete input.$base;
  const parsed = officeFormSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", input, errors: officeFormErrors(parsed.error) };
  const prisma = db();
  const result = target.officeId
    ? await updateOffice(prisma, actor, target.officeId, parsed.data)
    : await createOffice(prisma, actor, target.organizationId, parsed.data);
  if (result.outcome === "missing") return { status: "invalid", input, errors: { form: "invalid" } };
  if (result.outcome === "foreignService") return { status: "invalid", input, errors: { serviceIds: "invalid" } };
  if (result.outcome === "stale") {
    const changed = changedFields(parseBase(formData) ?? input, result.current);
    // The next save is based on what is there now: the person has seen the changes.
    return {
      status: "conflict",
      input: { ...input, version: result.version },
      base: result.current,
      changedMeanwhile: changed.map((field) => ({ field, current: result.current[field as keyof OfficeSnapshot] })),
    };
  }
  revalidatePublicPages();
  if (!target.officeId) redirect(`/${await getLocale()}/admin/offices/${result.id}?created=1`);
  const saved = snapshotOfValues(parsed.data);
  return { status: "saved", input: { ...saved, version: result.version }, base: saved };
}

const stateChangeSchema = z.object({ id: z.uuid(), operation: z.enum(["publish", "unpublish", "archive", "restore", "verify"]) });

/** Publish, unpublish, archive, restore or mark verified: one button each on the office page. */
export async function changeOfficeState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = stateChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  if (await changeOfficeStatus(db(), actor, parsed.data.id, parsed.data.operation)) revalidatePublicPages();
}
