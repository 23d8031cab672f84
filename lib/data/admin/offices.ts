import "server-only";
import { pickLocalized } from "@/lib/validation/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { officeEditSelect, type OfficeForEditing } from "@/lib/data/admin/office-snapshot";
import { db } from "@/lib/db/client";
import { recordFilterWhere, type RecordFilter } from "@/lib/data/admin/record-filter";
import { pickerLanguages } from "@/lib/taxonomy";

export { officeFormSnapshot, type OfficeSnapshot } from "@/lib/data/admin/office-snapshot";
import type { Prisma } from "@/prisma/generated/client";

export async function getOfficeForEditing(id: string): Promise<OfficeForEditing | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db().office.findUnique({ where: { id }, select: officeEditSelect });
}

export type AdminOfficeFilter = RecordFilter;

export async function listOfficesForAdmin(filter: AdminOfficeFilter, locale: Locale) {
  const where: Prisma.OfficeWhereInput = recordFilterWhere(filter);
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

/**
 * The languages an office can tick, named in the reader's language. Named here on
 * the server and passed to the form: the browser's own language names can differ
 * from Node's, and a difference made React discard the server's form on hydration
 * (with whatever the person had already typed).
 */
export function languageOptions(locale: Locale): { id: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return pickerLanguages.map((code) => ({ id: code, label: `${names.of(code) ?? code} (${code})` }));
}

export async function cityOptions(locale: Locale) {
  const cities = await db().city.findMany({ select: { id: true, name: true, state: { select: { name: true } } } });
  return cities
    .map((city) => ({ id: city.id, label: `${pickLocalized(city.name, locale)?.text ?? ""}, ${pickLocalized(city.state.name, locale)?.text ?? ""}` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
