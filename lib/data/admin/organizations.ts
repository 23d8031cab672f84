import "server-only";
import { organizationEditSelect, type OrganizationForEditing } from "@/lib/data/admin/organization-snapshot";
import { recordFilterWhere, type RecordFilter } from "@/lib/data/admin/record-filter";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

const isUuid = (id: unknown): id is string => typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id);

export async function getOrganizationForEditing(id: string): Promise<OrganizationForEditing | null> {
  if (!isUuid(id)) return null;
  return db().organization.findUnique({ where: { id }, select: organizationEditSelect });
}

/** The organisation a new office or service is added to: its name and services. */
export async function getOrganizationHeading(id: unknown, locale: Locale) {
  if (!isUuid(id)) return null;
  const row = await db().organization.findUnique({
    where: { id },
    select: { id: true, name: true, services: { select: { id: true, type: true }, orderBy: { type: "asc" } }, offices: { select: { id: true, name: true }, orderBy: { slug: "asc" } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: pickLocalized(row.name, locale)?.text ?? "",
    services: row.services,
    offices: row.offices.map((office) => ({ id: office.id, label: pickLocalized(office.name, locale)?.text ?? "" })),
  };
}

export async function listOrganizationsForAdmin(filter: RecordFilter, locale: Locale) {
  const rows = await db().organization.findMany({
    where: recordFilterWhere(filter),
    select: { id: true, name: true, acronym: true, published: true, archivedAt: true, needsVerification: true, _count: { select: { offices: true, services: true } } },
  });
  return rows
    .map((row) => ({
      id: row.id,
      name: pickLocalized(row.name, locale)?.text ?? "",
      acronym: pickLocalized(row.acronym, locale)?.text ?? null,
      published: row.published,
      archived: row.archivedAt !== null,
      needsVerification: row.needsVerification,
      offices: row._count.offices,
      services: row._count.services,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
