// Writes behind the office form and buttons. Each one is a transaction that
// also writes its audit entry, then refreshes the search index. The server
// actions (lib/actions/offices.ts) check the session and call these.
import { writeAudit, type Actor } from "@/lib/audit";
import { officeEditSelect, officeFormSnapshot, type OfficeSnapshot } from "@/lib/data/admin/office-snapshot";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { normalisePhone } from "@/lib/phone";
import type { OfficeFormValues } from "@/lib/validation/office-form";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

export type OfficeStateOperation = "publish" | "unpublish" | "archive" | "restore" | "verify";

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

/** The audit snapshot of what was saved, in the same shape as officeFormSnapshot. */
export function snapshotOfValues(values: OfficeFormValues): OfficeSnapshot {
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
    phones: values.phones.map((phone) => ({ ...phone, number: normalisePhone(phone.raw).e164 })),
    emails: values.emails,
    hours: values.hours,
    serviceIds: [...values.serviceIds].sort(),
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

/** Services may only be linked to offices of their own organisation. */
async function servicesBelong(prisma: PrismaClient, organizationId: string, serviceIds: string[]) {
  if (serviceIds.length === 0) return true;
  const count = await prisma.service.count({ where: { organizationId, id: { in: serviceIds } } });
  return count === new Set(serviceIds).size;
}

export type SaveResult =
  | { outcome: "saved"; id: string; version: number }
  | { outcome: "stale"; current: OfficeSnapshot; version: number }
  | { outcome: "missing" }
  | { outcome: "foreignService" };

/** Creates an unpublished office in `organizationId`. */
export async function createOffice(prisma: PrismaClient, actor: Actor, organizationId: string, values: OfficeFormValues): Promise<SaveResult> {
  const organization = await prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true, slug: true } });
  if (!organization) return { outcome: "missing" };
  if (!(await servicesBelong(prisma, organization.id, values.serviceIds))) return { outcome: "foreignService" };
  const id = crypto.randomUUID();
  await prisma.$transaction(async (tx) => {
    await tx.office.create({ data: { id, slug: `${organization.slug}-${id.slice(0, 8)}`, organizationId: organization.id, ...officeData(values), published: false } });
    await replaceChildren(tx, id, values);
    await writeAudit(tx, actor, { action: "create", entityType: "office", entityId: id, after: snapshotOfValues(values) });
  });
  await refreshDirectoryIndex(prisma);
  return { outcome: "saved", id, version: 1 };
}

/**
 * Saves the form over version `values.version`. The version check and the
 * write are one UPDATE, so of two saves based on the same version only one passes.
 */
export async function updateOffice(prisma: PrismaClient, actor: Actor, officeId: string, values: OfficeFormValues): Promise<SaveResult> {
  const before = await prisma.office.findUnique({ where: { id: officeId }, select: officeEditSelect });
  if (!before) return { outcome: "missing" };
  if (!(await servicesBelong(prisma, before.organizationId, values.serviceIds))) return { outcome: "foreignService" };
  try {
    await prisma.$transaction(async (tx) => {
      const updated = await tx.office.updateMany({ where: { id: officeId, version: values.version ?? -1 }, data: { ...officeData(values), version: { increment: 1 } } });
      if (updated.count !== 1) throw new StaleVersion();
      await replaceChildren(tx, officeId, values);
      await writeAudit(tx, actor, { action: "update", entityType: "office", entityId: officeId, before: officeFormSnapshot(before), after: snapshotOfValues(values) });
    });
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const current = await prisma.office.findUnique({ where: { id: officeId }, select: officeEditSelect });
    if (!current) return { outcome: "missing" };
    return { outcome: "stale", current: officeFormSnapshot(current), version: current.version };
  }
  await refreshDirectoryIndex(prisma);
  return { outcome: "saved", id: officeId, version: (values.version ?? 0) + 1 };
}

const stateSelect = { published: true, archivedAt: true, verifiedAt: true, needsVerification: true } as const;

/** Publish, unpublish, archive, restore or mark verified (who and when; the date is public). */
export async function changeOfficeStatus(prisma: PrismaClient, actor: Actor & { id: string }, officeId: string, operation: OfficeStateOperation): Promise<boolean> {
  const now = new Date();
  const data: Prisma.OfficeUpdateInput =
    operation === "publish" ? { published: true, archivedAt: null }
    : operation === "unpublish" ? { published: false }
    : operation === "archive" ? { published: false, archivedAt: now }
    : operation === "restore" ? { archivedAt: null }
    : { verifiedAt: now, verifiedBy: { connect: { id: actor.id } }, needsVerification: false };
  const changed = await prisma.$transaction(async (tx) => {
    const before = await tx.office.findUnique({ where: { id: officeId }, select: stateSelect });
    if (!before) return false;
    const after = await tx.office.update({ where: { id: officeId }, data: { ...data, version: { increment: 1 } }, select: stateSelect });
    await writeAudit(tx, actor, { action: operation, entityType: "office", entityId: officeId, before, after });
    return true;
  });
  if (changed) await refreshDirectoryIndex(prisma);
  return changed;
}
