// Writes behind the office form and buttons. Each one is a transaction that
// also writes its audit entry, then refreshes the search index. The server
// actions (lib/actions/offices.ts) check the session and call these.
import type { Actor } from "@/lib/audit";
import { changeStatusAudited, createAudited, statusData, updateVersioned, versioned, type AuditedEntity, type SaveResult } from "@/lib/data/admin/audited-writes";
import { citationRowsOfValues, missingCitedSource, replaceCitations } from "@/lib/data/admin/citation-rows";
import { phoneRowsOfValues, replaceContactRows } from "@/lib/data/admin/contact-rows";
import { localizedForForm } from "@/lib/data/admin/localized";
import { addressForForm, officeEditSelect, officeFormSnapshot, type OfficeSnapshot } from "@/lib/data/admin/office-snapshot";
import { blankToNull, withoutBlanks } from "@/lib/validation/form-fields";
import { officeLanguages, type OfficeFormValues } from "@/lib/validation/office-form";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

export type OfficeStateOperation = "publish" | "unpublish" | "archive" | "restore" | "verify";

export type { SaveResult };

const officeEntity: AuditedEntity<OfficeSnapshot> = {
  entityType: "office",
  indexed: true,
  load: async (client, id) => versioned(await client.office.findUnique({ where: { id }, select: officeEditSelect }), officeFormSnapshot),
};

function officeData(values: OfficeFormValues) {
  return {
    name: withoutBlanks(values.name),
    street: values.street,
    streetDetail: values.streetDetail,
    colonia: values.colonia,
    municipality: values.municipality,
    cityId: values.cityId,
    postalCode: values.postalCode,
    timeZone: values.timeZone,
    hoursNote: blankToNull(values.hoursNote) ?? Prisma.DbNull,
    languages: officeLanguages(values),
    confidentialAddress: values.confidentialAddress,
  };
}

/** The audit snapshot of what was saved, in the same shape as officeFormSnapshot. */
export function snapshotOfValues(values: OfficeFormValues): OfficeSnapshot {
  return {
    name: localizedForForm(values.name),
    ...addressForForm(values),
    timeZone: values.timeZone,
    hoursNote: localizedForForm(values.hoursNote),
    languages: officeLanguages(values),
    confidentialAddress: values.confidentialAddress,
    phones: phoneRowsOfValues(values.phones),
    emails: values.emails,
    hours: values.hours,
    serviceIds: [...values.serviceIds].sort(),
    citations: citationRowsOfValues(values.citations),
  };
}

async function replaceChildren(tx: Prisma.TransactionClient, officeId: string, values: OfficeFormValues) {
  await replaceContactRows(tx, { officeId }, values);
  await tx.openingHours.deleteMany({ where: { officeId } });
  await tx.serviceAtOffice.deleteMany({ where: { officeId } });
  await tx.openingHours.createMany({ data: values.hours.map((row) => ({ officeId, ...row })) });
  await tx.serviceAtOffice.createMany({ data: values.serviceIds.map((serviceId) => ({ officeId, serviceId })) });
  await replaceCitations(tx, { officeId }, values.citations);
}

/** Services may only be linked to offices of their own organisation. */
async function servicesBelong(prisma: PrismaClient, organizationId: string, serviceIds: string[]) {
  if (serviceIds.length === 0) return true;
  const count = await prisma.service.count({ where: { organizationId, id: { in: serviceIds } } });
  return count === new Set(serviceIds).size;
}

/** Creates an unpublished office in `organizationId`. */
export async function createOffice(prisma: PrismaClient, actor: Actor, organizationId: string, values: OfficeFormValues): Promise<SaveResult<OfficeSnapshot>> {
  const organization = await prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true, slug: true } });
  if (!organization) return { outcome: "missing" };
  if (!(await servicesBelong(prisma, organization.id, values.serviceIds))) return { outcome: "refused", field: "serviceIds" };
  const missingSource = await missingCitedSource(prisma, values.citations);
  if (missingSource) return missingSource;
  return createAudited(prisma, actor, officeEntity, async (tx, id) => {
    await tx.office.create({ data: { id, slug: `${organization.slug}-${id.slice(0, 8)}`, organizationId: organization.id, ...officeData(values), published: false } });
    await replaceChildren(tx, id, values);
  }, snapshotOfValues(values));
}

/** Saves the form over version `values.version` (see updateVersioned). */
export async function updateOffice(prisma: PrismaClient, actor: Actor, officeId: string, values: OfficeFormValues): Promise<SaveResult<OfficeSnapshot>> {
  const office = await prisma.office.findUnique({ where: { id: officeId }, select: { organizationId: true } });
  if (!office) return { outcome: "missing" };
  if (!(await servicesBelong(prisma, office.organizationId, values.serviceIds))) return { outcome: "refused", field: "serviceIds" };
  const missingSource = await missingCitedSource(prisma, values.citations);
  if (missingSource) return missingSource;
  return updateVersioned(prisma, actor, officeEntity, officeId, values.version, async (tx, version) => {
    const { count } = await tx.office.updateMany({ where: { id: officeId, version }, data: { ...officeData(values), version: { increment: 1 } } });
    if (count === 1) await replaceChildren(tx, officeId, values);
    return count;
  }, snapshotOfValues(values));
}

const stateSelect = { published: true, archivedAt: true, verifiedAt: true, needsVerification: true } as const;

/** Publish, unpublish, archive, restore or mark verified (who and when; the date is public). */
export async function changeOfficeStatus(prisma: PrismaClient, actor: Actor & { id: string }, officeId: string, operation: OfficeStateOperation): Promise<boolean> {
  const data: Prisma.OfficeUpdateInput =
    operation === "verify" ? { verifiedAt: new Date(), verifiedBy: { connect: { id: actor.id } }, needsVerification: false } : statusData(operation);
  return changeStatusAudited(prisma, actor, officeEntity, officeId, operation,
    (tx) => tx.office.findUnique({ where: { id: officeId }, select: stateSelect }),
    (tx) => tx.office.update({ where: { id: officeId }, data, select: stateSelect }));
}
