import "server-only";
import { changedFields } from "@/lib/audit";
import { formFieldsOfImportKey, type HumanEdit, type Owner } from "@/lib/hsds/edit-guard";
import type { PrismaClient } from "@/prisma/generated/client";

/** Imports sign their audit entries "import:hsds <dir>", with no actor: that tells them from a person's edits. */
export const importActorPrefix = "import:hsds";

/**
 * Edits by people of these records (every entry not signed by an import: a
 * removed account leaves its entries without actorId but with its e-mail), with the
 * form fields each one changed, less the fields a later import wrote. An
 * import that kept a person's field does not count as importing it: the edit
 * stays protected until an import overwrites it (--overwrite-edited).
 */
export async function humanEditsSinceLastImport(owners: Owner[], prisma: Pick<PrismaClient, "auditEntry">): Promise<HumanEdit[]> {
  if (owners.length === 0) return [];
  const entries = await prisma.auditEntry.findMany({
    where: { entityType: { in: [...new Set(owners.map((owner) => owner.entityType))] }, entityId: { in: [...new Set(owners.map((owner) => owner.entityId))] } },
    select: { at: true, actorId: true, actorEmail: true, entityType: true, entityId: true, before: true, after: true },
    orderBy: { at: "asc" },
  });
  const wanted = new Set(owners.map((owner) => `${owner.entityType}:${owner.entityId}`));
  const isImport = (entry: (typeof entries)[number]) => entry.actorId === null && entry.actorEmail.startsWith(importActorPrefix);
  return entries.flatMap((entry, index) => {
    const entityType = entry.entityType as Owner["entityType"];
    if (isImport(entry) || !wanted.has(`${entityType}:${entry.entityId}`)) return [];
    const imported = new Set(
      entries
        .slice(index + 1)
        .filter((later) => isImport(later) && later.entityType === entityType && later.entityId === entry.entityId && later.at > entry.at)
        .flatMap((later) => Object.keys((later.after ?? {}) as object).flatMap((key) => formFieldsOfImportKey(entityType, entry.entityId, key))),
    );
    const fields = changedFields(entry.before, entry.after).filter((field) => !imported.has(field));
    return fields.length ? [{ entityType, entityId: entry.entityId, email: entry.actorEmail, at: entry.at, fields }] : [];
  });
}
