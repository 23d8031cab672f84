// What every admin form's server action does after checking the session:
// parse with the form's zod schema, save, and answer the form. Not a
// "use server" module: the actions in this folder call it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { changedFields } from "@/lib/audit";
import type { SaveResult } from "@/lib/data/admin/audited-writes";
import { formDataToObject } from "@/lib/validation/form-data";

export type AdminFormState = {
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

export function revalidatePublicPages() {
  // Public pages read the database on every request; this also drops any cached router payloads.
  revalidatePath("/[locale]", "layout");
}

export type FormFlow<V, S> = {
  schema: z.ZodType<V, unknown>;
  errors: (error: z.ZodError) => Record<string, string>;
  save: (values: V) => Promise<SaveResult<S>>;
  /** The saved values as the form shows them (the same shape as the record's snapshot). */
  snapshot: (values: V) => S;
  /** Admin section to open a newly created record in ("organizations" → /admin/organizations/<id>); absent on updates. */
  createdIn?: string;
};

export async function runFormSave<V, S extends Record<string, unknown>>(formData: FormData, flow: FormFlow<V, S>): Promise<AdminFormState> {
  const input = formDataToObject(formData);
  delete input.$base;
  const parsed = flow.schema.safeParse(input);
  if (!parsed.success) return { status: "invalid", input, errors: flow.errors(parsed.error) };
  const result = await flow.save(parsed.data);
  if (result.outcome === "missing") return { status: "invalid", input, errors: { form: "invalid" } };
  if (result.outcome === "refused") return { status: "invalid", input, errors: { [result.field]: result.message ?? "invalid" } };
  if (result.outcome === "stale") {
    const changed = changedFields(parseBase(formData) ?? input, result.current);
    // The next save is based on what is there now: the person has seen the changes.
    return {
      status: "conflict",
      input: { ...input, version: result.version },
      base: result.current,
      changedMeanwhile: changed.map((field) => ({ field, current: result.current[field] })),
    };
  }
  revalidatePublicPages();
  if (flow.createdIn) redirect(`/${await getLocale()}/admin/${flow.createdIn}/${result.id}?created=1`);
  const saved = flow.snapshot(parsed.data);
  return { status: "saved", input: { ...saved, version: result.version }, base: saved };
}

/** A status button's form (hidden `id` and `operation`); null when it is not one of `operations`. */
export function parseStateChange<const O extends string>(formData: FormData, operations: readonly [O, ...O[]]): { id: string; operation: O } | null {
  const parsed = z.object({ id: z.uuid(), operation: z.enum(operations) }).safeParse(Object.fromEntries(formData));
  return parsed.success ? (parsed.data as { id: string; operation: O }) : null;
}
