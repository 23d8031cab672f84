import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CloseReportForm } from "@/components/admin/close-report-form";
import { requireUser } from "@/lib/auth/session";
import { listProblemReports, reportQueueQuerySchema, type ReportQueueQuery } from "@/lib/data/admin/reports";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminReports");
  const format = await getFormatter();
  const query = reportQueueQuerySchema.parse(await searchParams);
  const { status } = query;
  const { reports, total, page, pageCount } = await listProblemReports(query, locale);
  const href = ({ status, page }: ReportQueueQuery) => `/${locale}/admin/reports?status=${status}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        <a href={href({ status: status === "open" ? "closed" : "open", page: 1 })}>{status === "open" ? t("showClosed") : t("showOpen")}</a>
      </p>
      {total === 0 ? (
        <p>{status === "open" ? t("noneOpen") : t("noneClosed")}</p>
      ) : (
        <p role="status">{t(status === "open" ? "openCount" : "closedCount", { count: total })}</p>
      )}
      <ul className="space-y-4">
        {reports.map((report) => (
          <li key={report.id} className="space-y-2 rounded border border-gray-300 p-3">
            <p className="text-sm text-gray-700">
              {format.dateTime(report.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
              <a href={`/${locale}/admin/offices/${report.office.id}`}>{report.officeName}</a>
            </p>
            <p lang={report.locale} className="whitespace-pre-line">{report.message}</p>
            {status === "open" ? (
              <CloseReportForm reportId={report.id} />
            ) : (
              <p className="text-sm">
                {t("closedBy", { name: report.closedBy?.name ?? "—", date: format.dateTime(report.closedAt ?? report.createdAt, { dateStyle: "medium" }) })}
                {report.resolution ? ` — ${report.resolution}` : null}
              </p>
            )}
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2">
          {page > 1 ? <a href={href({ status, page: page - 1 })}>← {t("previous")}</a> : <span />}
          <span className="text-sm">{t("pageOf", { page, pageCount })}</span>
          {page < pageCount ? <a href={href({ status, page: page + 1 })}>{t("next")} →</a> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
