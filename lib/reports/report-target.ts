// Where the "report a problem" form posts. The office and the page's language
// travel in the action's query string (public, like the page's own address),
// so even an answer given before the body is read — too large, wrong type —
// is in the right language and links back to the listing. What the person
// wrote travels only in the POST body, never in a URL.
import { reportFormSchema } from "@/lib/data/problem-reports";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/paths";

export const reportTargetSchema = reportFormSchema.pick({ office: true, locale: true });

/** The office is null when the address does not name a possible one. */
export type ReportTarget = { office: string | null; locale: Locale };

export function reportTargetFrom(query: URLSearchParams): ReportTarget {
  return {
    office: reportTargetSchema.shape.office.safeParse(query.get("office")).data ?? null,
    locale: reportTargetSchema.shape.locale.safeParse(query.get("locale")).data ?? defaultLocale,
  };
}

export const reportFormAction = (office: string, locale: Locale) => `/api/reports?${new URLSearchParams({ office, locale })}`;

export const officePath = (office: string, locale: Locale, query?: Record<string, string>) =>
  getPathname({ href: { pathname: "/offices/[slug]", params: { slug: office }, query, hash: "report" }, locale });

/** The longest message the form takes, in UTF-16 code units as the textarea's maxlength counts them. */
export const reportMessageMaxLength = reportFormSchema.shape.message.maxLength ?? 2000;

/**
 * The body cap. Not 16 KB: a full-length message in Chinese or Japanese
 * (2000 characters × 9 bytes once URL-encoded = 18,000 bytes) must fit, with
 * the other fields. Anything larger is refused unread with a 413.
 */
export const maxReportBodyBytes = 20 * 1024;
