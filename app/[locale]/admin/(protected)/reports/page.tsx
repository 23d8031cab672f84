import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { closeReport } from "@/lib/actions/reports";
import { requireUser } from "@/lib/auth/session";
import { listProblemReports } from "@/lib/data/admin/reports";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> };

export default async function AdminReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminReports");
  const format = await getFormatter();
  const status = (await searchParams).status === "closed" ? "closed" : "open";
  const reports = await listProblemReports(status, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        <a href={`/${locale}/admin/reports?status=${status === "open" ? "closed" : "open"}`}>{status === "open" ? t("showClosed") : t("showOpen")}</a>
      </p>
      {reports.length === 0 ? <p>{status === "open" ? t("noneOpen") : t("noneClosed")}</p> : null}
      <ul className="space-y-4">
        {reports.map((report) => (
          <li key={report.id} className="space-y-2 rounded border border-gray-300 p-3">
            <p className="text-sm text-gray-700">
              {format.dateTime(report.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
              <a href={`/${locale}/admin/offices/${report.office.id}`}>{report.officeName}</a>
            </p>
            <p lang={report.locale} className="whitespace-pre-line">{report.message}</p>
            {status === "open" ? (
              <form action={closeReport} className="space-y-2">
                <input type="hidden" name="id" value={report.id} />
                <div className="field">
                  <label htmlFor={`resolution-${report.id}`}>{t("resolution")}</label>
                  <input id={`resolution-${report.id}`} name="resolution" maxLength={1000} />
                </div>
                <button type="submit" className="button-secondary">{t("close")}</button>
              </form>
            ) : (
              <p className="text-sm">
                {t("closedBy", { name: report.closedBy?.name ?? "—", date: format.dateTime(report.closedAt ?? report.createdAt, { dateStyle: "medium" }) })}
                {report.resolution ? ` — ${report.resolution}` : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
