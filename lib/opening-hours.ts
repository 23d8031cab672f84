// "Open now" and "opens at" in the office's own time zone, whatever the
// reader's or the server's clock says.

export type HoursRow = { weekday: number; opens: string; closes: string };

export type OpeningStatus =
  | { state: "unknown" }
  | { state: "open"; closes: string }
  | { state: "closed"; opens: { weekday: number; time: string; today: boolean } | null };

/** ISO weekday (1 = Monday) and "HH:MM" of `now` on the clock of `timeZone`. */
export function localClock(now: Date, timeZone: string): { weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday")) + 1;
  return { weekday, time: `${part("hour")}:${part("minute")}` };
}

export function openingStatus(hours: HoursRow[], timeZone: string, now: Date = new Date()): OpeningStatus {
  if (hours.length === 0) return { state: "unknown" };
  const clock = localClock(now, timeZone);
  const current = hours.find((row) => row.weekday === clock.weekday && row.opens <= clock.time && clock.time < row.closes);
  if (current) {
    // Back-to-back periods (e.g. office then reception) count as one: report the last closing time.
    const later = hours
      .filter((row) => row.weekday === clock.weekday && row.opens <= current.closes && row.closes > current.closes)
      .map((row) => row.closes);
    return { state: "open", closes: [current.closes, ...later].sort().at(-1)! };
  }
  // The next opening within a week, starting later today.
  for (let offset = 0; offset < 8; offset++) {
    const weekday = ((clock.weekday - 1 + offset) % 7) + 1;
    const next = hours
      .filter((row) => row.weekday === weekday && (offset > 0 || row.opens > clock.time))
      .map((row) => row.opens)
      .sort()[0];
    if (next) return { state: "closed", opens: { weekday, time: next, today: offset === 0 } };
  }
  return { state: "closed", opens: null };
}
