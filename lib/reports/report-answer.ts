// What /api/reports answers when it does not take a report. A plain HTML page
// in the page's language (the person came here by the form, maybe without
// JavaScript): a refused report comes back in the same form, filled in with
// what the person wrote, so nothing is lost and nothing goes into a URL.
import { outageRetryAfter } from "@/lib/http/database-outage";
import { escapeHtml, pageTranslator, standaloneHtmlResponse } from "@/lib/http/html-page";
import { getPathname } from "@/lib/i18n/paths";
import { markUnstorable } from "@/lib/validation/text";
import { officePath, reportFormAction, reportMessageMaxLength, type ReportTarget } from "@/lib/reports/report-target";

/** Refusals that give the text back in the form, and those that come before the text is read. */
export type ReportRefusal = "invalid" | "controlCharacter" | "limited" | "unavailable" | "tooLarge" | "unsupported" | "unknownOffice";

const statuses: Record<ReportRefusal, number> = {
  invalid: 422,
  controlCharacter: 422,
  limited: 429,
  unavailable: 503,
  tooLarge: 413,
  unsupported: 415,
  unknownOffice: 404,
};
const keepsTheText = new Set<ReportRefusal>(["invalid", "controlCharacter", "limited", "unavailable"]);

// The honeypot stays out of sight as on the listing page; the rest is the form's own look.
const style = `.honeypot { position: absolute; left: -9999px; width: 1px; height: 1px; overflow: hidden }
.error { border-left: 4px solid #b91c1c; padding: .25rem .75rem; color: #7f1d1d; background: #fef2f2 }
label { display: block; font-weight: 600; margin-top: 1rem }
textarea { width: 100%; box-sizing: border-box; font: inherit }
button { margin-top: .75rem; font: inherit; padding: .4rem 1rem }`;

export function reportRefusalResponse(refusal: ReportRefusal, target: ReportTarget, draft = ""): Response {
  const { locale, office } = target;
  const t = pageTranslator(locale, "ReportProblem");
  const message = refusal === "tooLarge" ? t("tooLarge", { max: reportMessageMaxLength }) : t(refusal);
  const keepsText = keepsTheText.has(refusal) && office !== null;
  // The HTML parser drops a line break right after <textarea>: the one written there keeps the text as typed.
  const form = keepsText
    ? `<form method="post" action="${escapeHtml(reportFormAction(office, locale))}">
<div class="honeypot" aria-hidden="true"><label for="report-website">${escapeHtml(t("honeypot"))}</label><input id="report-website" name="website" type="text" tabindex="-1" autocomplete="off" value=""></div>
<label for="report-message">${escapeHtml(t("message"))}</label>
<textarea id="report-message" name="message" rows="6" maxlength="${reportMessageMaxLength}" required aria-invalid="${refusal === "invalid" || refusal === "controlCharacter"}" aria-describedby="report-error">
${escapeHtml(markUnstorable(draft))}</textarea>
<button type="submit">${escapeHtml(t("submit"))}</button>
</form>`
    : "";
  const back = office
    ? `<a href="${escapeHtml(officePath(office, locale))}">${escapeHtml(t("back"))}</a>`
    : `<a href="${escapeHtml(getPathname({ href: "/", locale }))}">${escapeHtml(t("home"))}</a>`;
  return standaloneHtmlResponse({
    locale,
    title: t("heading"),
    status: statuses[refusal],
    style,
    headers: refusal === "unavailable" ? { "retry-after": outageRetryAfter } : {},
    body: `<h1>${escapeHtml(t("heading"))}</h1>
<p id="report-error" class="error" role="alert">${escapeHtml(message)}</p>
${form}
<p>${back}</p>`,
  });
}
