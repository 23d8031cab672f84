import "server-only";
import { recordFilterWhere, type RecordFilter } from "@/lib/data/admin/record-filter";
import { serviceEditSelect, type ServiceForEditing } from "@/lib/data/admin/service-snapshot";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

export async function getServiceForEditing(id: string): Promise<ServiceForEditing | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db().service.findUnique({ where: { id }, select: serviceEditSelect });
}

/** Services with their organisation's name; services have no verification of their own. */
export async function listServicesForAdmin(filter: Exclude<RecordFilter, "needsVerification">, locale: Locale) {
  const rows = await db().service.findMany({
    where: recordFilterWhere(filter),
    select: { id: true, type: true, published: true, archivedAt: true, organization: { select: { name: true } } },
  });
  return rows
    .map((row) => ({ id: row.id, type: row.type, organization: pickLocalized(row.organization.name, locale)?.text ?? "", published: row.published, archived: row.archivedAt !== null }))
    .sort((a, b) => a.organization.localeCompare(b.organization, locale) || a.type.localeCompare(b.type));
}
