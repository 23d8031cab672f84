import { getTranslations } from "next-intl/server";
import type { ReportOutcome } from "@/lib/data/problem-reports";

/** A plain form posted to /api/reports: no JavaScript needed, and none sent. */
export async function ReportProblemForm({ officeSlug, locale, outcome, draft }: { officeSlug: string; locale: string; outcome?: ReportOutcome; draft?: string }) {
  const t = await getTranslations("ReportProblem");
  return (
    <form id="report" method="post" action="/api/reports" className="space-y-2" aria-labelledby="report-heading">
      <h2 id="report-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-gray-700">{t("intro")}</p>
      {outcome === "sent" ? <p className="notice-ok" role="status">{t("sent")}</p> : null}
      {outcome === "invalid" || outcome === "limited" ? <p className="notice-error" role="alert">{t(outcome)}</p> : null}
      <input type="hidden" name="office" value={officeSlug} />
      <input type="hidden" name="locale" value={locale} />
      {/* Honeypot: hidden from people and assistive technology, filled only by bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="report-website">{t("honeypot")}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="field">
        <label htmlFor="report-message">{t("message")}</label>
        <textarea id="report-message" name="message" rows={4} maxLength={2000} required defaultValue={outcome === "sent" ? "" : draft} aria-invalid={outcome === "invalid"} />
      </div>
      <button type="submit" className="button-secondary">{t("submit")}</button>
    </form>
  );
}
