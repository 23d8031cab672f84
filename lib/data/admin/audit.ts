import "server-only";
import { changedFields } from "@/lib/audit";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { AuditAction, Prisma } from "@/prisma/generated/client";

export type AuditFilter = { entityType?: string; entityId?: string; action?: AuditAction; actor?: string; page?: number };
export const auditPageSize = 50;

export async function listAuditEntries(filter: AuditFilter, _locale: Locale) {
  const where: Prisma.AuditEntryWhereInput = {
    entityType: filter.entityType,
    entityId: filter.entityId,
    action: filter.action,
    actorEmail: filter.actor ? { contains: filter.actor, mode: "insensitive" } : undefined,
  };
  const rows = await db().auditEntry.findMany({
    where,
    orderBy: { at: "desc" },
    skip: ((filter.page ?? 1) - 1) * auditPageSize,
    take: auditPageSize + 1,
  });
  return rows.slice(0, auditPageSize).map((row) => ({
    id: row.id,
    at: row.at,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    fields: changedFields(row.before, row.after),
  }));
}

export type AuditListEntry = Awaited<ReturnType<typeof listAuditEntries>>[number];
