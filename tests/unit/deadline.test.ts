import { describe, expect, it } from "vitest";
import { calendarRules, calendarSources, classifyDay, firstCoveredYear, lastCoveredYear } from "@/lib/deadline/calendar";
import { computeDeadline } from "@/lib/deadline/compute";
import { deadlineIcs, foldIcsLine } from "@/lib/deadline/ics";
import { addDays, todayInMexico, weekday } from "@/lib/deadline/plain-date";
import { parseEnteredParam } from "@/lib/validation/deadline";

const today = "2026-12-02";

function deadlineOf(entered: string, on = today) {
  const result = computeDeadline(entered, on);
  if (result.kind !== "deadline") throw new Error(`no deadline for ${entered}: ${result.kind}`);
  return result;
}

// Each date below was counted by hand on a printed calendar of the year, not by this code.
describe("COMAR's deadline, one hand-checked count per year of the calendar", () => {
  it("2024: the count skips COMAR's closure of 29–31 May", () => {
    // Entered Monday 20 May; counting from Tuesday 21 May: 21–24 (4), 27–28 (6), 29–31 closed,
    // June 3–7 (11), 10–14 (16), 17–21 (21), 24–28 (26), July 1–4 (30).
    const result = deadlineOf("2024-05-20");
    expect(result.deadline).toBe("2024-07-04");
    expect(result.skipped.map((day) => day.date)).toEqual(["2024-05-29", "2024-05-30", "2024-05-31"]);
    expect(result.yearsWithoutAgreement).toEqual([]);
  });

  it("2025: entered on a Friday before a holiday Monday, with another holiday inside", () => {
    // Entered Friday 31 January; Monday 3 February is a rest day, so the first day is Tuesday 4.
    // February 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), March 3–7 (24), 10–14 (29),
    // Monday 17 March a rest day, Tuesday 18 March (30).
    const result = deadlineOf("2025-01-31");
    expect(result.firstDay).toBe("2025-02-04");
    expect(result.deadline).toBe("2025-03-18");
    expect(result.skipped).toEqual([
      { date: "2025-02-03", why: "restDay", name: "constitution" },
      { date: "2025-03-17", why: "restDay", name: "juarez" },
    ]);
    expect(result.passed).toBe(true);
    expect(result.workingDaysLeft).toBe(0);
    expect(result.yearsWithoutAgreement).toEqual([2025]);
  });

  it("2026: entered the day before Labour Day (a Friday)", () => {
    // Entered Thursday 30 April; Friday 1 May does not count; May 4–8 (5), 11–15 (10), 18–22 (15),
    // 25–29 (20), June 1–5 (25), 8–12 (30).
    const result = deadlineOf("2026-04-30");
    expect(result.firstDay).toBe("2026-05-04");
    expect(result.deadline).toBe("2026-06-12");
  });

  it("2027: a count that runs through Revolution Day", () => {
    // Entered Monday 8 November; November 9–12 (4), Monday 15 a rest day, 16–19 (8), 22–26 (13),
    // November 29–December 3 (18), 6–10 (23), 13–17 (28), 20 (29), 21 (30).
    const result = deadlineOf("2027-11-08", "2027-11-08");
    expect(result.deadline).toBe("2027-12-21");
    expect(result.passed).toBe(false);
    expect(result.workingDaysLeft).toBe(30);
  });

  it("across the new year, with Christmas and New Year's Day skipped", () => {
    // Entered Friday 27 November 2026: November 30–December 4 (5), 7–11 (10), 14–18 (15),
    // 21–24 (19), 25 a rest day, 28–31 (23), January 1 a rest day, 4–8 (28), 11–12 (30).
    const result = deadlineOf("2026-11-27");
    expect(result.deadline).toBe("2027-01-12");
    expect(result.skipped.map((day) => day.date)).toEqual(["2026-12-25", "2027-01-01"]);
    expect(result.yearsWithoutAgreement).toEqual([2026, 2027]);
    // From Wednesday 2 December: 2–4 (3), 7–11, 14–18 (13), 21–24 (17), 28–31 (21), January 4–8 (26), 11–12 (28).
    expect(result.workingDaysLeft).toBe(28);
  });

  it("says the last day is today on the deadline itself", () => {
    const result = deadlineOf("2026-04-30", "2026-06-12");
    expect(result.passed).toBe(false);
    expect(result.workingDaysLeft).toBe(1);
    expect(deadlineOf("2026-04-30", "2026-06-13").passed).toBe(true);
  });

  it("refuses a date in the future, and one before the calendar, kindly", () => {
    expect(computeDeadline("2026-12-03", today)).toEqual({ kind: "future" });
    expect(computeDeadline("2023-12-31", today)).toEqual({ kind: "beforeCalendar", firstYear: firstCoveredYear });
  });

  it("does not guess past the calendar's last year", () => {
    expect(computeDeadline(`${lastCoveredYear}-12-20`, `${lastCoveredYear}-12-21`)).toEqual({ kind: "beyondCalendar" });
  });
});

describe("the calendar data", () => {
  it("lists each year's rest days as the official calendar defines them", () => {
    const nthMonday = (year: number, month: number, n: number) => {
      let date = `${year}-${String(month).padStart(2, "0")}-01`;
      while (weekday(date) !== 1) date = addDays(date, 1);
      return addDays(date, 7 * (n - 1));
    };
    for (let year = firstCoveredYear; year <= lastCoveredYear; year += 1) {
      const expected = [`${year}-01-01`, nthMonday(year, 2, 1), nthMonday(year, 3, 3), `${year}-05-01`, `${year}-09-16`, nthMonday(year, 11, 3), `${year}-12-25`];
      for (const date of expected) {
        const kind = classifyDay(date);
        // Falling on a weekend, it does not count either way.
        expect(kind.working, date).toBe(false);
      }
    }
    // Every sixth year, the day the federal executive changes hands.
    expect(classifyDay("2024-10-01")).toEqual({ working: false, why: "restDay", name: "transfer" });
    expect(classifyDay("2025-10-01")).toEqual({ working: true });
  });

  it("names a source with its words for every rule", () => {
    const keys = [calendarRules.count, calendarRules.weekends, calendarRules.agencyClosures, ...calendarRules.restDays];
    for (const key of keys) {
      const source = calendarSources.get(key);
      expect(source?.url, key).toMatch(/^https:\/\//);
      expect(source?.excerpt.length, key).toBeGreaterThan(20);
    }
    expect(calendarSources.get(calendarRules.count)?.excerpt).toMatch(/30 días hábiles contados a partir del día hábil siguiente/);
  });
});

describe("the date a person types", () => {
  it("reads the date picker's format and dd/mm/yyyy typed by hand", () => {
    expect(parseEnteredParam("2026-03-05")).toEqual({ state: "valid", date: "2026-03-05", typed: "2026-03-05" });
    expect(parseEnteredParam("5/3/2026")).toMatchObject({ state: "valid", date: "2026-03-05" });
    expect(parseEnteredParam(" 05-03-2026 ")).toMatchObject({ state: "valid", date: "2026-03-05" });
    expect(parseEnteredParam("5.3.2026")).toMatchObject({ state: "valid", date: "2026-03-05" });
  });

  it("names what is wrong", () => {
    expect(parseEnteredParam(undefined)).toEqual({ state: "empty" });
    expect(parseEnteredParam("")).toEqual({ state: "empty" });
    expect(parseEnteredParam("ayer")).toMatchObject({ state: "invalid", error: "dateUnreadable" });
    expect(parseEnteredParam("31/02/2026")).toMatchObject({ state: "invalid", error: "dateNotReal" });
    expect(parseEnteredParam(["2026-03-05", "x"])).toMatchObject({ state: "valid", date: "2026-03-05" });
  });

  it("takes today's date from Mexico City's clock", () => {
    // 02:00 UTC on 3 December is still the evening of 2 December in Mexico City.
    expect(todayInMexico(new Date("2026-12-03T02:00:00Z"))).toBe("2026-12-02");
  });
});

describe("the calendar file", () => {
  const ics = deadlineIcs({
    deadline: "2026-06-12",
    entered: "2026-04-30",
    summary: "Último día para pedir refugio ante la COMAR",
    description: "30 días hábiles desde su entrada a México, el 30 de abril de 2026; no espere al último día, y busque ayuda legal gratuita.",
    url: "https://amparo.example/es/calcular-plazo",
    now: new Date("2026-12-02T10:00:00Z"),
  });

  it("is one all-day event on the deadline, with CRLF line ends", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("\r\nDTSTART;VALUE=DATE:20260612\r\n");
    expect(ics).toContain("\r\nDTEND;VALUE=DATE:20260613\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261202T100000Z\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds long lines at 75 octets without splitting a character, and escapes commas", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DESCRIPTION:30 días hábiles desde su entrada a México\\, el 30 de abril de 2026\\; no espere");
    expect(foldIcsLine("é".repeat(40)).split("\r\n ").map((part) => Buffer.byteLength(part))).toEqual([74, 6]);
  });
});
