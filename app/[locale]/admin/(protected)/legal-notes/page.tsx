import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecordFilterNav, recordStateLabel } from "@/components/admin/record-list";
import { requireUser } from "@/lib/auth/session";
import { listLegalNotesForAdmin } from "@/lib/data/admin/legal-notes";
import { parseRecordFilter } from "@/lib/data/admin/record-filter";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> };
const filters = ["all", "unpublished", "archived"] as const;

export default async function AdminLegalNotesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminLegalNotes");
  const tr = await getTranslations("AdminRecord");
  const tf = await getTranslations("AdminForm");
  const stateOf = await recordStateLabel();
  const filter = parseRecordFilter((await searchParams).status, filters) as (typeof filters)[number];
  const notes = await listLegalNotesForAdmin(filter, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        <a href={`/${locale}/admin/legal-notes/new`} className="button-secondary">{t("new")}</a>
      </p>
      <RecordFilterNav path={`/${locale}/admin/legal-notes`} filters={filters} current={filter} />
      <p>{tr("count", { count: notes.length })}</p>
      <ul className="divide-y divide-gray-200">
        {notes.map((note) => (
          <li key={note.id} className="py-2">
            <a href={`/${locale}/admin/legal-notes/${note.id}`} className="font-medium">{note.title}</a>
            <span className="block text-sm text-gray-700">
              {[tf("jurisdictionOption", { jurisdiction: note.jurisdiction }), stateOf(note)].join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
