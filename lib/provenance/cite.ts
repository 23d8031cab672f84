// How a page names a source: what the source shows of itself (publisher, its
// own title, the date it gives), never a file name or an internal key.
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

export type SourceRow = {
  publisher: string | null;
  title: string | null;
  description: unknown;
  url: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  published: string | null;
};

export type PartialDate = { date: Date; precision: "year" | "month" | "day" };

export type SourceCitation = {
  /** The source's own title (quote it) or, when it has none, what it is. */
  title: string;
  ownTitle: boolean;
  publisher: string | null;
  url: string | null;
  published: PartialDate | null;
};

/** "2024-03" → 1 March 2024 at noon UTC, month precision (noon: the same day in every time zone). */
export function readPartialDate(value: string | null | undefined): PartialDate | null {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    date: new Date(`${year}-${month ?? "01"}-${day ?? "01"}T12:00:00Z`),
    precision: day ? "day" : month ? "month" : "year",
  };
}

export function citeSource(source: SourceRow, locale: Locale): SourceCitation {
  return {
    title: source.title ?? pickLocalized(source.description, locale)?.text ?? source.publisher ?? "",
    ownTitle: Boolean(source.title),
    publisher: source.publisher,
    url: source.url,
    published: readPartialDate(source.published),
  };
}

/** A fact is possibly outdated when its newest source was published more than this long ago. */
export const outdatedAfterYears = 2;

/**
 * Whether a fact whose newest source was published on `published` may be out
 * of date on `today`: even the last day the date could mean ("2023" → 31
 * December 2023) is more than two years back. Undated sources say nothing.
 */
export function isPossiblyOutdated(published: string | null | undefined, today: Date): boolean {
  const start = readPartialDate(published);
  if (!start) return false;
  const end = new Date(start.date);
  if (start.precision === "year") end.setUTCFullYear(end.getUTCFullYear() + 1);
  if (start.precision === "month") end.setUTCMonth(end.getUTCMonth() + 1);
  if (start.precision !== "day") end.setUTCDate(end.getUTCDate() - 1);
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - outdatedAfterYears);
  return end < limit;
}

/** The newest of some partial dates ("2024" < "2024-03" < "2024-03-05" compare as strings do). */
export function newestDate(dates: (string | null | undefined)[]): string | null {
  return dates.filter((date): date is string => Boolean(date)).sort().at(-1) ?? null;
}
