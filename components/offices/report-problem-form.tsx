import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { reportFormAction, reportMessageMaxLength } from "@/lib/reports/report-target";

/**
 * A plain form posted to /api/reports: no JavaScript needed, and none sent.
 * A refused report is answered by /api/reports itself, with this form filled
 * in again (lib/reports/report-answer.ts); only "sent" comes back here.
 */
export async function ReportProblemForm({ officeSlug, locale, sent }: { officeSlug: string; locale: Locale; sent: boolean }) {
  const t = await getTranslations("ReportProblem");
  return (
    <form id="report" method="post" action={reportFormAction(officeSlug, locale)} className="space-y-2" aria-labelledby="report-heading">
      <h2 id="report-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-gray-700">{t("intro")}</p>
      {sent ? <p className="notice-ok" role="status">{t("sent")}</p> : null}
      {/* Honeypot: hidden from people and assistive technology, filled only by bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="report-website">{t("honeypot")}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="field">
        <label htmlFor="report-message">{t("message")}</label>
        <textarea id="report-message" name="message" rows={4} maxLength={reportMessageMaxLength} required />
      </div>
      <button type="submit" className="button-secondary">{t("submit")}</button>
    </form>
  );
}
