// Calendar days without a time or a time zone ("2026-03-16"), as the law
// counts them. Arithmetic runs on UTC midnights, where no day is 23 or 25 hours.

/** "YYYY-MM-DD". */
export type PlainDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, or null when the text is not a real day ("2026-02-30"). */
export function readIsoDate(text: string): PlainDate | null {
  const match = isoPattern.exec(text);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : null;
}

function toUtc(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const next = toUtc(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: PlainDate): number {
  return toUtc(date).getUTCDay();
}

export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Today in Mexico City, where COMAR's head office counts its days (most of the country shares its clock). */
export function todayInMexico(now: Date = new Date()): PlainDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Mexico_City", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A Date at noon UTC, for formatting a plain date in any time zone without it slipping a day. */
export function noonUtc(date: PlainDate): Date {
  return new Date(`${date}T12:00:00Z`);
}
