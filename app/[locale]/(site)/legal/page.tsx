import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalNoteList } from "@/components/legal/legal-note-list";
import { listLegalNotes } from "@/lib/data/legal-notes";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/alternates";
import { jurisdictions } from "@/lib/taxonomy";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "LegalNotes" });
  return { title: t("title"), description: t("description"), alternates: localeAlternates("/legal", locale) };
}

export default async function LegalNotesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("LegalNotes");
  const notes = await listLegalNotes(locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {notes.length === 0 ? <p>{t("empty")}</p> : null}
      {jurisdictions.map((jurisdiction) => {
        const group = notes.filter((note) => note.jurisdiction === jurisdiction);
        if (group.length === 0) return null;
        return (
          <section key={jurisdiction} aria-labelledby={`j-${jurisdiction}`} className="space-y-3">
            <h2 id={`j-${jurisdiction}`} className="text-xl font-semibold">
              {t("jurisdictionHeading", { jurisdiction })}
            </h2>
            <LegalNoteList notes={group} />
          </section>
        );
      })}
    </div>
  );
}
