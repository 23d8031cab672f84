// Writes behind the source form (see audited-writes.ts for the transaction,
// audit and version rules they share). Sources are not part of the directory
// search, so no index refresh. A source is deleted only while nothing cites it.
import type { Actor } from "@/lib/audit";
import { writeAudit } from "@/lib/audit";
import { createAudited, updateVersioned, versioned, type AuditedEntity, type SaveResult } from "@/lib/data/admin/audited-writes";
import { sourceEditSelect, sourceFormSnapshot, sourceSnapshotOfValues, type SourceSnapshot } from "@/lib/data/admin/source-snapshot";
import { sourceIdFor } from "@/lib/provenance/source-id";
import { blankToNull } from "@/lib/validation/form-fields";
import type { NewSourceFormValues, SourceFormValues } from "@/lib/validation/source-form";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

/** The form's snapshot; its creation entry also records the key, which the form never changes afterwards. */
type SourceAuditSnapshot = SourceSnapshot & { key?: string };

const sourceEntity: AuditedEntity<SourceAuditSnapshot> = {
  entityType: "source",
  indexed: false,
  load: async (client, id) => versioned(await client.source.findUnique({ where: { id }, select: sourceEditSelect }), sourceFormSnapshot),
};

function sourceData(values: SourceFormValues) {
  return {
    publisher: values.publisher,
    title: values.title,
    description: blankToNull(values.description) ?? Prisma.DbNull,
    url: values.url,
    published: values.published,
    consultedOn: new Date(`${values.consultedOn}T00:00:00Z`),
  };
}

const keyTaken = { outcome: "refused", field: "key", message: "keyTaken" } as const;

/** Creates a source; its id derives from its key (lib/provenance/source-id.ts), the same in every database. */
export async function createSource(prisma: PrismaClient, actor: Actor, values: NewSourceFormValues): Promise<SaveResult<SourceAuditSnapshot>> {
  const id = sourceIdFor(values.key);
  if (await prisma.source.count({ where: { OR: [{ id }, { key: values.key }] } })) return keyTaken;
  try {
    return await createAudited(prisma, actor, sourceEntity, async (tx) => {
      await tx.source.create({ data: { id, key: values.key, ...sourceData(values) } });
    }, { key: values.key, ...sourceSnapshotOfValues(values) }, id);
  } catch (error) {
    // Two people creating the same key at once: the second meets the unique index.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return keyTaken;
    throw error;
  }
}

export async function updateSource(prisma: PrismaClient, actor: Actor, sourceId: string, values: SourceFormValues): Promise<SaveResult<SourceAuditSnapshot>> {
  return updateVersioned(prisma, actor, sourceEntity, sourceId, values.version, async (tx, version) => {
    const { count } = await tx.source.updateMany({ where: { id: sourceId, version }, data: { ...sourceData(values), version: { increment: 1 } } });
    return count;
  }, sourceSnapshotOfValues(values));
}

export type DeleteSourceResult = { outcome: "deleted" } | { outcome: "cited"; citations: number } | { outcome: "missing" };

/**
 * Deletes a source nothing cites, with its audit entry. A cited one is
 * refused; the foreign key (ON DELETE RESTRICT) refuses it too when a
 * citation is saved between the count and the delete.
 */
export async function deleteSource(prisma: PrismaClient, actor: Actor, sourceId: string): Promise<DeleteSourceResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const source = await tx.source.findUnique({ where: { id: sourceId }, select: sourceEditSelect });
      if (!source) return { outcome: "missing" } as const;
      const citations = await tx.citation.count({ where: { sourceId } });
      if (citations > 0) return { outcome: "cited", citations } as const;
      await tx.source.delete({ where: { id: sourceId } });
      await writeAudit(tx, actor, { action: "delete", entityType: "source", entityId: sourceId, before: { key: source.key, ...sourceFormSnapshot(source) } });
      return { outcome: "deleted" } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      return { outcome: "cited", citations: await prisma.citation.count({ where: { sourceId } }) };
    }
    throw error;
  }
}
