import "server-only";
import { legalNoteEditSelect, type LegalNoteForEditing } from "@/lib/data/admin/legal-note-snapshot";
import { recordFilterWhere, type RecordFilter } from "@/lib/data/admin/record-filter";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

export async function getLegalNoteForEditing(id: string): Promise<LegalNoteForEditing | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db().legalNote.findUnique({ where: { id }, select: legalNoteEditSelect });
}

/** Who last marked the note reviewed: the actor of its latest "verify" audit entry. */
export async function lastReviewer(noteId: string): Promise<string | null> {
  const entry = await db().auditEntry.findFirst({ where: { entityType: "legal_note", entityId: noteId, action: "verify" }, orderBy: { at: "desc" }, select: { actorEmail: true } });
  return entry?.actorEmail ?? null;
}

export async function listLegalNotesForAdmin(filter: Exclude<RecordFilter, "needsVerification">, locale: Locale) {
  const rows = await db().legalNote.findMany({
    where: recordFilterWhere(filter),
    orderBy: [{ position: "asc" }],
    select: { id: true, title: true, jurisdiction: true, position: true, published: true, archivedAt: true, reviewedAt: true },
  });
  return rows.map((row) => ({ ...row, title: pickLocalized(row.title, locale)?.text ?? "", archived: row.archivedAt !== null }));
}
