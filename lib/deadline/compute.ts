// COMAR's deadline: 30 working days, counted from the working day after the
// person entered Mexico (LRPCAP art. 18; sources in lib/deadline/calendar.json).
import { classifyDay, firstCoveredYear, hasAgencyClosures, isCoveredYear, type RestDayName } from "@/lib/deadline/calendar";
import { addDays, yearOf, type PlainDate } from "@/lib/deadline/plain-date";

export const deadlineWorkingDays = 30;

export type SkippedDay = { date: PlainDate } & ({ why: "restDay"; name: RestDayName } | { why: "agencyClosure"; source: string });

export type DeadlineResult =
  /** Entered after today: nothing to count yet. */
  | { kind: "future" }
  /** Entered before the calendar begins: the deadline passed long ago. */
  | { kind: "beforeCalendar"; firstYear: number }
  /** The count runs past the last year of the calendar. */
  | { kind: "beyondCalendar" }
  | {
      kind: "deadline";
      entered: PlainDate;
      /** The first working day counted. */
      firstDay: PlainDate;
      /** The 30th working day: the last day to apply. */
      deadline: PlainDate;
      /** Weekdays that did not count (weekends are not listed). */
      skipped: SkippedDay[];
      /** Years of the count for which we found no agreement of COMAR's closing extra days. */
      yearsWithoutAgreement: number[];
      /** Working days left to apply, today included (the day of entry itself never counts); 0 once passed. */
      workingDaysLeft: number;
      passed: boolean;
    };

export function computeDeadline(entered: PlainDate, today: PlainDate): DeadlineResult {
  if (entered > today) return { kind: "future" };
  if (yearOf(entered) < firstCoveredYear) return { kind: "beforeCalendar", firstYear: firstCoveredYear };
  const skipped: SkippedDay[] = [];
  let day = entered;
  let counted = 0;
  let firstDay: PlainDate | undefined;
  while (counted < deadlineWorkingDays) {
    day = addDays(day, 1);
    if (!isCoveredYear(yearOf(day))) return { kind: "beyondCalendar" };
    const kind = classifyDay(day);
    if (kind.working) {
      counted += 1;
      firstDay ??= day;
    } else if (kind.why === "restDay") skipped.push({ date: day, why: "restDay", name: kind.name });
    else if (kind.why === "agencyClosure") skipped.push({ date: day, why: "agencyClosure", source: kind.source });
  }
  const years = [...new Set([yearOf(entered), yearOf(day)])];
  return {
    kind: "deadline",
    entered,
    firstDay: firstDay!,
    deadline: day,
    skipped,
    yearsWithoutAgreement: years.filter((year) => !hasAgencyClosures(year)),
    workingDaysLeft: workingDaysFrom(today > firstDay! ? today : firstDay!, day),
    passed: today > day,
  };
}

function workingDaysFrom(start: PlainDate, deadline: PlainDate): number {
  let count = 0;
  for (let day = start; day <= deadline; day = addDays(day, 1)) if (isCoveredYear(yearOf(day)) && classifyDay(day).working) count += 1;
  return count;
}
