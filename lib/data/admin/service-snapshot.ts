// The service as the editing form shows it: the select that loads it and the
// snapshot the form, the conflict message and the audit log share.
import { citationEditSelect, citationRowsForForm, citationRowsOfValues } from "@/lib/data/admin/citation-rows";
import { localizedForForm } from "@/lib/data/admin/localized";
import type { ServiceFormValues } from "@/lib/validation/service-form";
import type { Prisma } from "@/prisma/generated/client";

export const serviceEditSelect = {
  id: true,
  organizationId: true,
  type: true,
  populations: true,
  description: true,
  eligibility: true,
  howToGetHelp: true,
  cost: true,
  accessMethods: true,
  published: true,
  archivedAt: true,
  version: true,
  offices: { select: { officeId: true } },
  citations: citationEditSelect,
  organization: { select: { slug: true, name: true, offices: { select: { id: true, name: true }, orderBy: { slug: "asc" } } } },
} satisfies Prisma.ServiceSelect;

export type ServiceForEditing = Prisma.ServiceGetPayload<{ select: typeof serviceEditSelect }>;

export function serviceFormSnapshot(service: Pick<ServiceForEditing, Exclude<keyof ServiceForEditing, "organization">>) {
  return {
    type: service.type as string,
    populations: [...service.populations].sort() as string[],
    description: localizedForForm(service.description),
    eligibility: localizedForForm(service.eligibility),
    howToGetHelp: localizedForForm(service.howToGetHelp),
    cost: service.cost as string,
    accessMethods: [...service.accessMethods].sort() as string[],
    officeIds: service.offices.map((office) => office.officeId).sort(),
    citations: citationRowsForForm(service.citations),
  };
}

export type ServiceSnapshot = ReturnType<typeof serviceFormSnapshot>;

export function serviceSnapshotOfValues(values: ServiceFormValues): ServiceSnapshot {
  return {
    type: values.type,
    populations: [...values.populations].sort(),
    description: values.description,
    eligibility: values.eligibility,
    howToGetHelp: values.howToGetHelp,
    cost: values.cost,
    accessMethods: [...values.accessMethods].sort(),
    officeIds: [...values.officeIds].sort(),
    citations: citationRowsOfValues(values.citations),
  };
}
