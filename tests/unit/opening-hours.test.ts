import { describe, expect, it } from "vitest";
import { localClock, openingStatus } from "@/lib/opening-hours";

// Casa del Migrante, Nuevo Laredo: office Mon–Sat 09:30–13:00, reception every day 16:00–21:30.
const hours = [
  ...[1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "09:30", closes: "13:00" })),
  ...[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "16:00", closes: "21:30" })),
];
const zone = "America/Matamoros"; // UTC-6, no daylight saving time

describe("localClock", () => {
  it("reads the weekday and time on the office's clock, not the server's", () => {
    expect(localClock(new Date("2026-11-24T03:00:00Z"), zone)).toEqual({ weekday: 1, time: "21:00" });
    expect(localClock(new Date("2026-11-24T03:00:00Z"), "Asia/Tokyo")).toEqual({ weekday: 2, time: "12:00" });
  });
});

describe("openingStatus", () => {
  it("is open during opening hours and says until when", () => {
    expect(openingStatus(hours, zone, new Date("2026-11-23T16:00:00Z"))).toEqual({ state: "open", closes: "13:00" });
  });

  it("is closed between periods and says when it opens next", () => {
    expect(openingStatus(hours, zone, new Date("2026-11-23T20:00:00Z"))).toEqual({ state: "closed", opens: { weekday: 1, time: "16:00", today: true } });
  });

  it("looks ahead to the next day, and over the weekend", () => {
    expect(openingStatus(hours, zone, new Date("2026-11-24T05:00:00Z"))).toEqual({ state: "closed", opens: { weekday: 2, time: "09:30", today: false } });
    const weekdaysOnly = [{ weekday: 1, opens: "09:00", closes: "17:00" }];
    // Saturday 12:00 local → next Monday.
    expect(openingStatus(weekdaysOnly, zone, new Date("2026-11-28T18:00:00Z"))).toEqual({ state: "closed", opens: { weekday: 1, time: "09:00", today: false } });
  });

  it("says nothing when the hours are unknown", () => {
    expect(openingStatus([], zone)).toEqual({ state: "unknown" });
  });
});
