import "server-only";
import { pickLocalized } from "@/lib/validation/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { db } from "@/lib/db/client";
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
  confidentialAddress: true,
  published: true,
  archivedAt: true,
  verifiedAt: true,
  needsVerification: true,
  version: true,
  updatedAt: true,
  verifiedBy: { select: { name: true, email: true } },
  organization: { select: { slug: true, name: true, services: { select: { id: true, type: true }, orderBy: { type: "asc" } } } },
  phones: { select: { raw: true, type: true, whatsapp: true, number: true }, orderBy: { position: "asc" } },
  emails: { select: { address: true }, orderBy: { position: "asc" } },
  hours: { select: { weekday: true, opens: true, closes: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
  services: { select: { serviceId: true } },
} satisfies Prisma.OfficeSelect;

export type OfficeForEditing = Prisma.OfficeGetPayload<{ select: typeof officeEditSelect }>;

const text = (value: unknown, locale: Locale) => {
  const found = value && typeof value === "object" ? (value as Record<string, unknown>)[locale] : undefined;
  return typeof found === "string" ? found : "";
};

/** The office as its form shows it; also the before/after snapshot of the audit log. */
export function officeFormSnapshot(office: OfficeForEditing) {
  return {
    name: { es: text(office.name, "es"), en: text(office.name, "en") },
    street: office.street ?? "",
    streetDetail: office.streetDetail ?? "",
    colonia: office.colonia ?? "",
    municipality: office.municipality ?? "",
    cityId: office.cityId ?? "",
    postalCode: office.postalCode ?? "",
    timeZone: office.timeZone,
    hoursNote: { es: text(office.hoursNote, "es"), en: text(office.hoursNote, "en") },
    languages: office.languages.join(", "),
    confidentialAddress: office.confidentialAddress,
    phones: office.phones.map(({ raw, type, whatsapp }) => ({ raw, type, whatsapp })),
    emails: office.emails.map(({ address }) => ({ address })),
    hours: office.hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    serviceIds: office.services.map((s) => s.serviceId).sort(),
  };
}

export type OfficeSnapshot = ReturnType<typeof officeFormSnapshot>;

export async function getOfficeForEditing(id: string): Promise<OfficeForEditing | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db().office.findUnique({ where: { id }, select: officeEditSelect });
}

export type AdminOfficeFilter = "all" | "needsVerification" | "unpublished" | "archived";

export async function listOfficesForAdmin(filter: AdminOfficeFilter, locale: Locale) {
  const where: Prisma.OfficeWhereInput =
    filter === "archived" ? { archivedAt: { not: null } }
    : filter === "unpublished" ? { published: false, archivedAt: null }
    : filter === "needsVerification" ? { needsVerification: true, archivedAt: null }
    : { archivedAt: null };
  const offices = await db().office.findMany({
    where,
    select: {
      id: true,
      name: true,
      published: true,
      archivedAt: true,
      needsVerification: true,
      verifiedAt: true,
      organization: { select: { name: true } },
      city: { select: { name: true } },
    },
  });
  return offices
    .map((office) => ({
      id: office.id,
      name: pickLocalized(office.name, locale)?.text ?? "",
      organization: pickLocalized(office.organization.name, locale)?.text ?? "",
      city: pickLocalized(office.city?.name, locale)?.text ?? null,
      published: office.published,
      archived: office.archivedAt !== null,
      needsVerification: office.needsVerification,
      verifiedAt: office.verifiedAt,
    }))
    .sort((a, b) => a.organization.localeCompare(b.organization, locale) || a.name.localeCompare(b.name, locale));
}

export async function cityOptions(locale: Locale) {
  const cities = await db().city.findMany({ select: { id: true, name: true, state: { select: { name: true } } } });
  return cities
    .map((city) => ({ id: city.id, label: `${pickLocalized(city.name, locale)?.text ?? ""}, ${pickLocalized(city.state.name, locale)?.text ?? ""}` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
