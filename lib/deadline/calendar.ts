// The days that do not count towards COMAR's deadline, checked once when
// loaded: lib/deadline/calendar.json, with the sources that state each rule
// (docs/decisions/020-deadline-calculator.md).
import { z } from "zod";
import data from "@/lib/deadline/calendar.json";
import { readIsoDate, weekday, yearOf, type PlainDate } from "@/lib/deadline/plain-date";
import { seedSourceSchema } from "@/lib/validation/seed";

const isoDate = z.string().refine((text) => readIsoDate(text) !== null, "a real day, YYYY-MM-DD");

export const restDayNames = ["newYear", "constitution", "juarez", "labour", "independence", "transfer", "revolution", "christmas"] as const;
export type RestDayName = (typeof restDayNames)[number];

// A source as the seed's catalogue cites one, plus the words that state the rule.
const calendarSourceSchema = z
  .looseObject({ excerpt: z.string().trim().min(10).max(600) })
  .transform(({ excerpt, ...rest }, context) => {
    const source = seedSourceSchema.safeParse(rest);
    if (source.success) return { ...source.data, excerpt };
    for (const issue of source.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });

const calendarSchema = z
  .strictObject({
    about: z.string(),
    sources: z.array(calendarSourceSchema).min(1),
    rules: z.strictObject({
      count: z.string(),
      weekends: z.string(),
      restDays: z.array(z.string()).min(1),
      agencyClosures: z.string(),
    }),
    years: z
      .array(
        z.strictObject({
          year: z.number().int().min(2000).max(2100),
          restDays: z.array(z.strictObject({ date: isoDate, day: z.enum(restDayNames) })).min(1),
          agencyClosures: z.array(z.strictObject({ dates: z.array(isoDate).min(1), source: z.string() })),
        }),
      )
      .min(1),
  })
  .superRefine((calendar, context) => {
    const keys = new Set(calendar.sources.map((source) => source.id));
    const named = [
      calendar.rules.count,
      calendar.rules.weekends,
      calendar.rules.agencyClosures,
      ...calendar.rules.restDays,
      ...calendar.years.flatMap((year) => year.agencyClosures.map((closure) => closure.source)),
    ];
    for (const key of named) if (!keys.has(key)) context.addIssue({ code: "custom", message: `unknown source ${key}` });
    calendar.years.forEach((entry, index) => {
      if (index > 0 && entry.year !== calendar.years[index - 1]!.year + 1) context.addIssue({ code: "custom", message: `years follow each other: ${entry.year}` });
      const dates = [...entry.restDays.map((day) => day.date), ...entry.agencyClosures.flatMap((closure) => closure.dates)];
      for (const date of dates) if (yearOf(date) !== entry.year) context.addIssue({ code: "custom", message: `${date} is not in ${entry.year}` });
    });
  });

export type CalendarSource = z.infer<typeof calendarSourceSchema>;

const calendar = calendarSchema.parse(data);

export const calendarSources = new Map(calendar.sources.map((source) => [source.id, source]));
export const calendarRules = calendar.rules;
export const firstCoveredYear = calendar.years[0]!.year;
export const lastCoveredYear = calendar.years.at(-1)!.year;

const restDays = new Map(calendar.years.flatMap((year) => year.restDays.map((day) => [day.date, day.day] as const)));
const agencyClosures = new Map(
  calendar.years.flatMap((year) => year.agencyClosures.flatMap((closure) => closure.dates.map((date) => [date, closure.source] as const))),
);
const yearsWithAgencyClosures = new Set(calendar.years.filter((year) => year.agencyClosures.length > 0).map((year) => year.year));

export type DayKind =
  | { working: true }
  | { working: false; why: "weekend" }
  | { working: false; why: "restDay"; name: RestDayName }
  | { working: false; why: "agencyClosure"; source: string };

/** Whether a day counts towards the deadline, and if not, why. Only for covered years. */
export function classifyDay(date: PlainDate): DayKind {
  const day = weekday(date);
  if (day === 0 || day === 6) return { working: false, why: "weekend" };
  const name = restDays.get(date);
  if (name) return { working: false, why: "restDay", name };
  const source = agencyClosures.get(date);
  if (source) return { working: false, why: "agencyClosure", source };
  return { working: true };
}

export function isCoveredYear(year: number): boolean {
  return year >= firstCoveredYear && year <= lastCoveredYear;
}

/** Whether we found an agreement of the office closing extra days in that year (see the decision). */
export function hasAgencyClosures(year: number): boolean {
  return yearsWithAgencyClosures.has(year);
}
