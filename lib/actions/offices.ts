"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { changedFields, writeAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { getOfficeForEditing, officeFormSnapshot, type OfficeSnapshot } from "@/lib/data/admin/offices";
import { db } from "@/lib/db/client";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { normalisePhone } from "@/lib/phone";
import { formDataToObject } from "@/lib/validation/form-data";
import { officeFormErrors, officeFormSchema, type OfficeFormValues } from "@/lib/validation/office-form";
import { Prisma } from "@/prisma/generated/client";

export type OfficeFormState = {
  status: "idle" | "invalid" | "conflict" | "saved";
  /** What the person typed, returned so nothing is lost on any error. */
  input: Record<string, unknown>;
  errors?: Record<string, string>;
  /** On conflict: the fields someone else changed meanwhile, with their current values. */
  changedMeanwhile?: { field: string; current: unknown }[];
  version?: number;
  /** The record as the form now shows it, sent back with the next save to tell what others changed meanwhile. */
  base?: Record<string, unknown>;
};

class StaleVersion extends Error {}

function officeData(values: OfficeFormValues) {
  return {
    name: values.name,
    street: values.street,
    streetDetail: values.streetDetail,
    colonia: values.colonia,
    municipality: values.municipality,
    cityId: values.cityId,
    postalCode: values.postalCode,
    timeZone: values.timeZone,
    hoursNote: Object.values(values.hoursNote).some(Boolean) ? values.hoursNote : Prisma.DbNull,
    languages: values.languages,
    confidentialAddress: values.confidentialAddress,
  };
}

async function replaceChildren(tx: Prisma.TransactionClient, officeId: string, values: OfficeFormValues) {
  await tx.phone.deleteMany({ where: { officeId } });
  await tx.emailAddress.deleteMany({ where: { officeId } });
  await tx.openingHours.deleteMany({ where: { officeId } });
  await tx.serviceAtOffice.deleteMany({ where: { officeId } });
  await tx.phone.createMany({
    data: values.phones.map((phone, position) => {
      const { e164, extension } = normalisePhone(phone.raw);
      return { officeId, raw: phone.raw, number: e164, extension, type: phone.type, whatsapp: phone.whatsapp, position };
    }),
  });
  await tx.emailAddress.createMany({ data: values.emails.map((email, position) => ({ officeId, address: email.address, position })) });
  await tx.openingHours.createMany({ data: values.hours.map((row) => ({ officeId, ...row })) });
  await tx.serviceAtOffice.createMany({ data: values.serviceIds.map((serviceId) => ({ officeId, serviceId })) });
}

function parseBase(formData: FormData): Record<string, unknown> | null {
  try {
    const base: unknown = JSON.parse(String(formData.get("$base") ?? "null"));
    return base && typeof base === "object" ? (base as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function revalidateOffice() {
  // Public pages read the database on every request; this also drops any client router cache.
  revalidatePath("/[locale]", "layout");
}

/** Saves an office form. `officeId` null creates a new office in `organizationId`. */
export async function saveOffice(target: { officeId: string | null; organizationId: string }, _previous: OfficeFormState, formData: FormData): Promise<OfficeFormState> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  delete input.$base;
  const parsed = officeFormSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", input, errors: officeFormErrors(parsed.error) };
  const values = parsed.data;
  const prisma = db();
  const organization = await prisma.organization.findUnique({ where: { id: target.organizationId }, select: { id: true, slug: true, services: { select: { id: true } } } });
  if (!organization) return { status: "invalid", input, errors: { form: "invalid" } };
  const ownServices = new Set(organization.services.map((s) => s.id));
  if (values.serviceIds.some((id) => !ownServices.has(id))) return { status: "invalid", input, errors: { serviceIds: "invalid" } };

  if (target.officeId === null) {
    const id = crypto.randomUUID();
    const slug = `${organization.slug}-${id.slice(0, 8)}`;
    await prisma.$transaction(async (tx) => {
      await tx.office.create({ data: { id, slug, organizationId: organization.id, ...officeData(values), published: false } });
      await replaceChildren(tx, id, values);
      const created = await tx.office.findUniqueOrThrow({ where: { id }, select: { id: true } });
      await writeAudit(tx, actor, { action: "create", entityType: "office", entityId: created.id, after: snapshotOf(values) });
    });
    await refreshDirectoryIndex(prisma);
    revalidateOffice();
    redirect(`/${await getLocale()}/admin/offices/${id}?created=1`);
  }

  const officeId = target.officeId;
  try {
    const before = await getOfficeForEditing(officeId);
    if (!before) return { status: "invalid", input, errors: { form: "invalid" } };
    await prisma.$transaction(async (tx) => {
      // The version check and the write are one statement: two saves of the same version cannot both pass.
      const updated = await tx.office.updateMany({
        where: { id: officeId, version: values.version ?? -1 },
        data: { ...officeData(values), version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new StaleVersion();
      await replaceChildren(tx, officeId, values);
      await writeAudit(tx, actor, { action: "update", entityType: "office", entityId: officeId, before: officeFormSnapshot(before), after: snapshotOf(values) });
    });
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const current = await getOfficeForEditing(officeId);
    if (!current) return { status: "invalid", input, errors: { form: "invalid" } };
    const now = officeFormSnapshot(current);
    const base = parseBase(formData) ?? input;
    const changed = changedFields(base, now);
    // The next save is based on what is there now: the person has seen the changes.
    return { status: "conflict", input: { ...input, version: current.version }, version: current.version, base: now, changedMeanwhile: changed.map((field) => ({ field, current: now[field as keyof OfficeSnapshot] })) };
  }
  await refreshDirectoryIndex(prisma);
  revalidateOffice();
  const saved = await getOfficeForEditing(officeId);
  const snapshot = officeFormSnapshot(saved!);
  return { status: "saved", input: { ...snapshot, version: saved!.version }, version: saved!.version, base: snapshot };
}

function snapshotOf(values: OfficeFormValues): OfficeSnapshot {
  return {
    name: { es: values.name.es, en: values.name.en },
    street: values.street ?? "",
    streetDetail: values.streetDetail ?? "",
    colonia: values.colonia ?? "",
    municipality: values.municipality ?? "",
    cityId: values.cityId ?? "",
    postalCode: values.postalCode ?? "",
    timeZone: values.timeZone,
    hoursNote: { es: values.hoursNote.es, en: values.hoursNote.en },
    languages: values.languages.join(", "),
    confidentialAddress: values.confidentialAddress,
    phones: values.phones,
    emails: values.emails,
    hours: values.hours,
    serviceIds: [...values.serviceIds].sort(),
  };
}

const stateChangeSchema = z.object({ id: z.uuid(), operation: z.enum(["publish", "unpublish", "archive", "restore", "verify"]) });

/** Publish, unpublish, archive, restore or mark verified: one button each on the office page. */
export async function changeOfficeState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = stateChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { id, operation } = parsed.data;
  const prisma = db();
  const now = new Date();
  const data: Prisma.OfficeUpdateInput =
    operation === "publish" ? { published: true, archivedAt: null }
    : operation === "unpublish" ? { published: false }
    : operation === "archive" ? { published: false, archivedAt: now }
    : operation === "restore" ? { archivedAt: null }
    : { verifiedAt: now, verifiedBy: { connect: { id: actor.id } }, needsVerification: false };
  const state = { published: true, archivedAt: true, verifiedAt: true, needsVerification: true } as const;
  await prisma.$transaction(async (tx) => {
    const before = await tx.office.findUnique({ where: { id }, select: state });
    if (!before) return;
    const after = await tx.office.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: state });
    await writeAudit(tx, actor, { action: operation, entityType: "office", entityId: id, before, after });
  });
  await refreshDirectoryIndex(prisma);
  revalidateOffice();
}
