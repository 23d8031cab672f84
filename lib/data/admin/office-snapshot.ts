// The office as the editing form shows it: the select that loads it and the
// snapshot the form, the conflict message and the audit log share.
import { citationEditSelect, citationRowsForForm } from "@/lib/data/admin/citation-rows";
import { phoneRowsForForm } from "@/lib/data/admin/contact-rows";
import { localizedForForm } from "@/lib/data/admin/localized";
import type { Prisma } from "@/prisma/generated/client";

export const officeEditSelect = {
  id: true,
  slug: true,
  organizationId: true,
  name: true,
  street: true,
  streetDetail: true,
  colonia: true,
  municipality: true,
  cityId: true,
  postalCode: true,
  timeZone: true,
  hoursNote: true,
  languages: true,
  interpreters: true,
  confidentialAddress: true,
  published: true,
  archivedAt: true,
  verifiedAt: true,
  needsVerification: true,
  version: true,
  updatedAt: true,
  verifiedBy: { select: { name: true, email: true } },
  organization: { select: { slug: true, name: true, services: { select: { id: true, type: true }, orderBy: { type: "asc" } } } },
  phones: { select: { raw: true, type: true, whatsapp: true, number: true, label: true }, orderBy: { position: "asc" } },
  emails: { select: { address: true }, orderBy: { position: "asc" } },
  hours: { select: { weekday: true, opens: true, closes: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
  services: { select: { serviceId: true } },
  citations: citationEditSelect,
} satisfies Prisma.OfficeSelect;

export type OfficeForEditing = Prisma.OfficeGetPayload<{ select: typeof officeEditSelect }>;

type AddressFields = Record<"street" | "streetDetail" | "colonia" | "municipality" | "cityId" | "postalCode", string | null>;

/** The address text fields as the form shows them: blank rather than null. Shared by both snapshots. */
export function addressForForm(row: AddressFields): Record<keyof AddressFields, string> {
  return {
    street: row.street ?? "",
    streetDetail: row.streetDetail ?? "",
    colonia: row.colonia ?? "",
    municipality: row.municipality ?? "",
    cityId: row.cityId ?? "",
    postalCode: row.postalCode ?? "",
  };
}

/** The office as its form shows it; also the before/after snapshot of the audit log. */
export function officeFormSnapshot(office: OfficeForEditing) {
  return {
    name: localizedForForm(office.name),
    ...addressForForm(office),
    timeZone: office.timeZone,
    hoursNote: localizedForForm(office.hoursNote),
    languages: office.languages,
    interpreters: office.interpreters,
    confidentialAddress: office.confidentialAddress,
    phones: phoneRowsForForm(office.phones),
    emails: office.emails.map(({ address }) => ({ address })),
    hours: office.hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    serviceIds: office.services.map((s) => s.serviceId).sort(),
    citations: citationRowsForForm(office.citations, office.phones),
  };
}

export type OfficeSnapshot = ReturnType<typeof officeFormSnapshot>;

