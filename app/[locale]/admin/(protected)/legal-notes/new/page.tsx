import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalNoteForm } from "@/components/admin/legal-note-form";
import { saveLegalNote } from "@/lib/actions/legal-notes";
import { requireUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

/** A new legal note; it starts unpublished. */
export default async function NewLegalNotePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminLegalNotes");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <LegalNoteForm action={saveLegalNote.bind(null, null)} initial={{ jurisdiction: "MX", position: 100 }} />
    </div>
  );
}
