// The organisation as the editing form shows it: the select that loads it and
// the snapshot the form, the conflict message and the audit log share.
import { citationEditSelect, citationRowsForForm, citationRowsOfValues } from "@/lib/data/admin/citation-rows";
import { phoneRowsForForm, phoneRowsOfValues } from "@/lib/data/admin/contact-rows";
import { localizedForForm } from "@/lib/data/admin/localized";
import { freeOfChargeChoice, type OrganizationFormValues } from "@/lib/validation/organization-form";
import type { Prisma } from "@/prisma/generated/client";

export const organizationEditSelect = {
  id: true,
  slug: true,
  name: true,
  acronym: true,
  description: true,
  website: true,
  scope: true,
  freeOfCharge: true,
  fraudReportEmail: true,
  fraudReportNote: true,
  nationalContact: true,
  published: true,
  archivedAt: true,
  verifiedAt: true,
  version: true,
  verifiedBy: { select: { name: true } },
  phones: { select: { raw: true, type: true, whatsapp: true, number: true, label: true }, orderBy: { position: "asc" } },
  emails: { select: { address: true }, orderBy: { position: "asc" } },
  citations: citationEditSelect,
  offices: { select: { id: true, name: true, published: true, archivedAt: true }, orderBy: { slug: "asc" } },
  services: { select: { id: true, type: true, published: true, archivedAt: true }, orderBy: { type: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationForEditing = Prisma.OrganizationGetPayload<{ select: typeof organizationEditSelect }>;

/** The organisation as its form shows it; also the before/after snapshot of the audit log. */
export function organizationFormSnapshot(organization: OrganizationForEditing) {
  return {
    name: localizedForForm(organization.name),
    acronym: localizedForForm(organization.acronym),
    description: localizedForForm(organization.description),
    website: organization.website ?? "",
    scope: organization.scope as string,
    freeOfCharge: freeOfChargeChoice(organization.freeOfCharge) as string,
    fraudReportEmail: organization.fraudReportEmail ?? "",
    fraudReportNote: localizedForForm(organization.fraudReportNote),
    nationalContact: organization.nationalContact,
    phones: phoneRowsForForm(organization.phones),
    emails: organization.emails.map(({ address }) => ({ address })),
    citations: citationRowsForForm(organization.citations, organization.phones),
  };
}

export type OrganizationSnapshot = ReturnType<typeof organizationFormSnapshot>;

/** What was saved, in the same shape as organizationFormSnapshot. */
export function organizationSnapshotOfValues(values: OrganizationFormValues): OrganizationSnapshot {
  return {
    name: values.name,
    acronym: values.acronym,
    description: values.description,
    website: values.website ?? "",
    scope: values.scope,
    freeOfCharge: values.freeOfCharge,
    fraudReportEmail: values.fraudReportEmail ?? "",
    fraudReportNote: values.fraudReportNote,
    nationalContact: values.nationalContact,
    phones: phoneRowsOfValues(values.phones),
    emails: values.emails,
    citations: citationRowsOfValues(values.citations),
  };
}
