import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { adminOverview } from "@/lib/data/admin/overview";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ denied?: string }> };

export default async function AdminHomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("Admin");
  const { denied } = await searchParams;
  const overview = await adminOverview();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {denied ? <p className="notice-error" role="alert">{t("denied")}</p> : null}
      <p>{t("welcome")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href={`/${locale}/admin/reports`}>{t("openReports", { count: overview.openReports })}</a>
        </li>
        <li>
          <a href={`/${locale}/admin/offices?status=needsVerification`}>{t("needsVerification", { count: overview.officesToVerify })}</a>
        </li>
      </ul>
    </div>
  );
}
