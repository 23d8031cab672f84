// Writes behind the organisation form and buttons (see audited-writes.ts for
// the transaction, audit and version rules they share).
import type { Actor } from "@/lib/audit";
import { changeStatusAudited, createAudited, slugFrom, statusData, updateVersioned, versioned, type AuditedEntity, type SaveResult, type StatusOperation } from "@/lib/data/admin/audited-writes";
import { missingCitedSource, replaceCitations } from "@/lib/data/admin/citation-rows";
import { replaceContactRows } from "@/lib/data/admin/contact-rows";
import { blankToNull, withoutBlanks } from "@/lib/validation/form-fields";
import {
  organizationEditSelect,
  organizationFormSnapshot,
  organizationSnapshotOfValues,
  type OrganizationSnapshot,
} from "@/lib/data/admin/organization-snapshot";
import { freeOfChargeValue, type OrganizationFormValues } from "@/lib/validation/organization-form";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

const organizationEntity: AuditedEntity<OrganizationSnapshot> = {
  entityType: "organization",
  indexed: true,
  load: async (client, id) => versioned(await client.organization.findUnique({ where: { id }, select: organizationEditSelect }), organizationFormSnapshot),
};

const jsonOrNull = (value: Record<string, string>) => blankToNull(value) ?? Prisma.DbNull;

function organizationData(values: OrganizationFormValues) {
  return {
    name: withoutBlanks(values.name),
    acronym: jsonOrNull(values.acronym),
    description: withoutBlanks(values.description),
    website: values.website,
    scope: values.scope,
    freeOfCharge: freeOfChargeValue(values.freeOfCharge),
    fraudReportEmail: values.fraudReportEmail,
    fraudReportNote: jsonOrNull(values.fraudReportNote),
    nationalContact: values.nationalContact,
  };
}

/** Creates an unpublished organisation; its slug comes from the Spanish name. */
export async function createOrganization(prisma: PrismaClient, actor: Actor, values: OrganizationFormValues): Promise<SaveResult<OrganizationSnapshot>> {
  const missingSource = await missingCitedSource(prisma, values.citations);
  if (missingSource) return missingSource;
  return createAudited(prisma, actor, organizationEntity, async (tx, id) => {
    await tx.organization.create({ data: { id, slug: slugFrom(values.name.es, id), ...organizationData(values), published: false } });
    await replaceContactRows(tx, { organizationId: id }, values);
    await replaceCitations(tx, { organizationId: id }, values.citations);
  }, organizationSnapshotOfValues(values));
}

export async function updateOrganization(prisma: PrismaClient, actor: Actor, organizationId: string, values: OrganizationFormValues): Promise<SaveResult<OrganizationSnapshot>> {
  const missingSource = await missingCitedSource(prisma, values.citations);
  if (missingSource) return missingSource;
  return updateVersioned(prisma, actor, organizationEntity, organizationId, values.version, async (tx, version) => {
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, version }, data: { ...organizationData(values), version: { increment: 1 } } });
    if (count === 1) {
      await replaceContactRows(tx, { organizationId }, values);
      await replaceCitations(tx, { organizationId }, values.citations);
    }
    return count;
  }, organizationSnapshotOfValues(values));
}

const stateSelect = { published: true, archivedAt: true, verifiedAt: true, verifiedById: true } as const;

/** Publish, unpublish, archive, restore or mark verified (records who and when; the date is public). */
export async function changeOrganizationStatus(prisma: PrismaClient, actor: Actor & { id: string }, organizationId: string, operation: StatusOperation | "verify"): Promise<boolean> {
  const data: Prisma.OrganizationUpdateInput =
    operation === "verify" ? { verifiedAt: new Date(), verifiedBy: { connect: { id: actor.id } }, needsVerification: false } : statusData(operation);
  return changeStatusAudited(prisma, actor, organizationEntity, organizationId, operation,
    (tx) => tx.organization.findUnique({ where: { id: organizationId }, select: stateSelect }),
    (tx) => tx.organization.update({ where: { id: organizationId }, data, select: stateSelect }));
}
