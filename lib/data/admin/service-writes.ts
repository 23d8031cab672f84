// Writes behind the service form and buttons (see audited-writes.ts for the
// transaction, audit and version rules they share).
import type { Actor } from "@/lib/audit";
import { changeStatusAudited, createAudited, statusData, updateVersioned, versioned, type AuditedEntity, type SaveResult, type StatusOperation } from "@/lib/data/admin/audited-writes";
import { missingCitedSource, replaceCitations } from "@/lib/data/admin/citation-rows";
import { serviceEditSelect, serviceFormSnapshot, serviceSnapshotOfValues, type ServiceSnapshot } from "@/lib/data/admin/service-snapshot";
import { blankToNull, withoutBlanks } from "@/lib/validation/form-fields";
import type { ServiceFormValues } from "@/lib/validation/service-form";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

const serviceEntity: AuditedEntity<ServiceSnapshot> = {
  entityType: "service",
  indexed: true,
  load: async (client, id) => versioned(await client.service.findUnique({ where: { id }, select: serviceEditSelect }), serviceFormSnapshot),
};

function serviceData(values: ServiceFormValues) {
  return {
    type: values.type,
    populations: values.populations,
    description: withoutBlanks(values.description),
    eligibility: blankToNull(values.eligibility) ?? Prisma.DbNull,
    howToGetHelp: blankToNull(values.howToGetHelp) ?? Prisma.DbNull,
    cost: values.cost,
    accessMethods: values.accessMethods,
  };
}

/** A service is only given at offices of its own organisation. */
async function officesBelong(prisma: PrismaClient, organizationId: string, officeIds: string[]) {
  if (officeIds.length === 0) return true;
  return (await prisma.office.count({ where: { organizationId, id: { in: officeIds } } })) === new Set(officeIds).size;
}

async function replaceChildren(tx: Prisma.TransactionClient, serviceId: string, values: ServiceFormValues) {
  await tx.serviceAtOffice.deleteMany({ where: { serviceId } });
  await tx.serviceAtOffice.createMany({ data: [...new Set(values.officeIds)].map((officeId) => ({ serviceId, officeId })) });
  await replaceCitations(tx, { serviceId }, values.citations);
}

/** Creates an unpublished service of `organizationId`. */
export async function createService(prisma: PrismaClient, actor: Actor, organizationId: string, values: ServiceFormValues): Promise<SaveResult<ServiceSnapshot>> {
  if (!(await prisma.organization.count({ where: { id: organizationId } }))) return { outcome: "missing" };
  if (!(await officesBelong(prisma, organizationId, values.officeIds))) return { outcome: "refused", field: "officeIds" };
  const missingSource = await missingCitedSource(prisma, values.citations);
  if (missingSource) return missingSource;
  return createAudited(prisma, actor, serviceEntity, async (tx, id) => {
    await tx.service.create({ data: { id, organizationId, ...serviceData(values), published: false } });
    await replaceChildren(tx, id, values);
  }, serviceSnapshotOfValues(values));
}

export async function updateService(prisma: PrismaClient, actor: Actor, serviceId: string, values: ServiceFormValues): Promise<SaveResult<ServiceSnapshot>> {
  const service = await prisma.service.findUnique({ where: { id: serviceId }, select: { organizationId: true } });
  if (!service) return { outcome: "missing" };
  if (!(await officesBelong(prisma, service.organizationId, values.officeIds))) return { outcome: "refused", field: "officeIds" };
  const missingSource = await missingCitedSource(prisma, values.citations);
  if (missingSource) return missingSource;
  return updateVersioned(prisma, actor, serviceEntity, serviceId, values.version, async (tx, version) => {
    const { count } = await tx.service.updateMany({ where: { id: serviceId, version }, data: { ...serviceData(values), version: { increment: 1 } } });
    if (count === 1) await replaceChildren(tx, serviceId, values);
    return count;
  }, serviceSnapshotOfValues(values));
}

const stateSelect = { published: true, archivedAt: true } as const;

export async function changeServiceStatus(prisma: PrismaClient, actor: Actor, serviceId: string, operation: StatusOperation): Promise<boolean> {
  return changeStatusAudited(prisma, actor, serviceEntity, serviceId, operation,
    (tx) => tx.service.findUnique({ where: { id: serviceId }, select: stateSelect }),
    (tx) => tx.service.update({ where: { id: serviceId }, data: statusData(operation), select: stateSelect }));
}
