// The legal note as the editing form shows it: the select that loads it and
// the snapshot the form, the conflict message and the audit log share.
import { localizedForForm } from "@/lib/data/admin/localized";
import type { LegalNoteFormValues } from "@/lib/validation/legal-note-form";
import type { Prisma } from "@/prisma/generated/client";

export const legalNoteEditSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  sources: true,
  jurisdiction: true,
  position: true,
  relatedServiceTypes: true,
  reviewedAt: true,
  published: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.LegalNoteSelect;

export type LegalNoteForEditing = Prisma.LegalNoteGetPayload<{ select: typeof legalNoteEditSelect }>;

type SourceRow = { title: string; url: string; document: string; date: string };

function sourceRows(value: unknown): SourceRow[] {
  if (!Array.isArray(value)) return [];
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  return value.map((row: Record<string, unknown>) => ({ title: str(row.title), url: str(row.url), document: str(row.document), date: str(row.date) }));
}

export function legalNoteFormSnapshot(note: LegalNoteForEditing) {
  return {
    title: localizedForForm(note.title),
    summary: localizedForForm(note.summary),
    body: localizedForForm(note.body),
    jurisdiction: note.jurisdiction as string,
    position: note.position,
    relatedServiceTypes: [...note.relatedServiceTypes].sort() as string[],
    sources: sourceRows(note.sources),
  };
}

export type LegalNoteSnapshot = ReturnType<typeof legalNoteFormSnapshot>;

/** The sources as stored: absent keys rather than blanks, like the seed files. */
export function storedSources(values: LegalNoteFormValues) {
  return values.sources.map(({ title, url, document, date }) => ({
    title,
    ...(url ? { url } : {}),
    ...(document ? { document } : {}),
    ...(date ? { date } : {}),
  }));
}

export function legalNoteSnapshotOfValues(values: LegalNoteFormValues): LegalNoteSnapshot {
  return {
    title: values.title,
    summary: values.summary,
    body: values.body,
    jurisdiction: values.jurisdiction,
    position: values.position,
    relatedServiceTypes: [...values.relatedServiceTypes].sort(),
    sources: sourceRows(storedSources(values)),
  };
}
