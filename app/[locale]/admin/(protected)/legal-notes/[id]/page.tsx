import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { LegalNoteForm } from "@/components/admin/legal-note-form";
import { CreatedNotice, RecordHistory, RecordStatus } from "@/components/admin/record-status";
import { changeLegalNoteState, saveLegalNote } from "@/lib/actions/legal-notes";
import { requireUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { legalNoteFormSnapshot } from "@/lib/data/admin/legal-note-snapshot";
import { getLegalNoteForEditing, lastReviewer } from "@/lib/data/admin/legal-notes";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> };

export default async function AdminLegalNotePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const note = await getLegalNoteForEditing(id);
  if (!note) notFound();
  const [history, reviewer] = await Promise.all([listAuditEntries({ entityType: "legal_note", entityId: note.id }, locale), lastReviewer(note.id)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{pickLocalized(note.title, locale)?.text}</h1>
        <CreatedNotice created={(await searchParams).created === "1"} />
        <RecordStatus
          id={note.id}
          published={note.published}
          archivedAt={note.archivedAt}
          check={{ operation: "review", at: note.reviewedAt, by: reviewer }}
          publicPage={{ pathname: "/legal/[slug]", params: { slug: note.slug } }}
          action={changeLegalNoteState}
        />
      </header>
      <LegalNoteForm action={saveLegalNote.bind(null, note.id)} initial={{ ...legalNoteFormSnapshot(note), version: note.version }} />
      <RecordHistory entries={history} />
    </div>
  );
}
