// Writes behind the legal-note form and buttons (see audited-writes.ts for
// the transaction, audit and version rules they share). Notes are not part
// of the directory search, so no index refresh.
import type { Actor } from "@/lib/audit";
import { changeStatusAudited, createAudited, slugFrom, statusData, updateVersioned, versioned, type AuditedEntity, type SaveResult, type StatusOperation } from "@/lib/data/admin/audited-writes";
import { legalNoteEditSelect, legalNoteFormSnapshot, legalNoteSnapshotOfValues, storedSources, type LegalNoteSnapshot } from "@/lib/data/admin/legal-note-snapshot";
import { withoutBlanks } from "@/lib/validation/form-fields";
import type { LegalNoteFormValues } from "@/lib/validation/legal-note-form";
import type { PrismaClient } from "@/prisma/generated/client";

const legalNoteEntity: AuditedEntity<LegalNoteSnapshot> = {
  entityType: "legal_note",
  indexed: false,
  load: async (client, id) => versioned(await client.legalNote.findUnique({ where: { id }, select: legalNoteEditSelect }), legalNoteFormSnapshot),
};

function legalNoteData(values: LegalNoteFormValues) {
  return {
    title: withoutBlanks(values.title),
    summary: withoutBlanks(values.summary),
    body: withoutBlanks(values.body),
    jurisdiction: values.jurisdiction,
    position: values.position,
    relatedServiceTypes: values.relatedServiceTypes,
    sources: storedSources(values),
  };
}

export async function createLegalNote(prisma: PrismaClient, actor: Actor, values: LegalNoteFormValues): Promise<SaveResult<LegalNoteSnapshot>> {
  return createAudited(prisma, actor, legalNoteEntity, async (tx, id) => {
    await tx.legalNote.create({ data: { id, slug: slugFrom(values.title.en, id), ...legalNoteData(values), published: false } });
  }, legalNoteSnapshotOfValues(values));
}

export async function updateLegalNote(prisma: PrismaClient, actor: Actor, noteId: string, values: LegalNoteFormValues): Promise<SaveResult<LegalNoteSnapshot>> {
  return updateVersioned(prisma, actor, legalNoteEntity, noteId, values.version, async (tx, version) => {
    const { count } = await tx.legalNote.updateMany({ where: { id: noteId, version }, data: { ...legalNoteData(values), version: { increment: 1 } } });
    return count;
  }, legalNoteSnapshotOfValues(values));
}

const stateSelect = { published: true, archivedAt: true, reviewedAt: true } as const;

/**
 * Publish, unpublish, archive, restore, or "review": the date a lawyer last
 * checked the note (shown publicly). Who reviewed is the audit entry's actor.
 */
export async function changeLegalNoteStatus(prisma: PrismaClient, actor: Actor, noteId: string, operation: StatusOperation | "review"): Promise<boolean> {
  const data = operation === "review" ? { reviewedAt: new Date() } : statusData(operation);
  return changeStatusAudited(prisma, actor, legalNoteEntity, noteId, operation === "review" ? "verify" : operation,
    (tx) => tx.legalNote.findUnique({ where: { id: noteId }, select: stateSelect }),
    (tx) => tx.legalNote.update({ where: { id: noteId }, data, select: stateSelect }));
}
