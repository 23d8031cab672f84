import { getTranslations, setRequestLocale } from "next-intl/server";
import { SourceForm } from "@/components/admin/source-form";
import { saveSource } from "@/lib/actions/sources";
import { requireUser } from "@/lib/auth/session";
import { isoDay } from "@/lib/data/admin/source-snapshot";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

/** A new source, consulted today unless the editor says otherwise. */
export default async function NewSourcePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminSources");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <SourceForm action={saveSource.bind(null, null)} initial={{ consultedOn: isoDay(new Date()) }} withKey />
    </div>
  );
}
