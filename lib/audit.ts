import type { AuditAction, Prisma } from "@/prisma/generated/client";

export type Actor = { id: string | null; email: string };

/** Written inside the caller's transaction, so a change and its record stand or fall together. */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  entry: { action: AuditAction; entityType: string; entityId: string; before?: unknown; after?: unknown },
) {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? undefined : (entry.before as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (entry.after as Prisma.InputJsonValue),
    },
  });
}

/** Top-level fields whose values differ between two snapshots. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}
