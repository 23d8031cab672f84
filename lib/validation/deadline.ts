// The deadline calculator's one parameter: the day the person entered Mexico.
// An <input type="date"> sends YYYY-MM-DD; a browser without a date picker
// sends what was typed, usually dd/mm/yyyy (how dates are written in Mexico).
import { z } from "zod";
import { readIsoDate, type PlainDate } from "@/lib/deadline/plain-date";

export const enteredParam = "entrada";

/** What went wrong, as a key of the "Deadline" messages. */
export type EnteredDateError = "dateUnreadable" | "dateNotReal";

const dayMonthYear = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const isoLike = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** "2026-03-05", "5/3/2026", "05-03-2026" or "5.3.2026" → "2026-03-05". */
export const enteredDateSchema = z
  .string()
  .trim()
  .max(40, { error: "dateUnreadable" })
  .transform((text, context): PlainDate => {
    let iso: string | undefined;
    const dmy = dayMonthYear.exec(text);
    if (dmy) iso = `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
    else if (isoLike.test(text)) iso = text.replace(/-(\d)(?=-|$)/g, "-0$1");
    if (!iso) {
      context.addIssue({ code: "custom", message: "dateUnreadable" });
      return z.NEVER;
    }
    const date = readIsoDate(iso);
    if (!date) {
      context.addIssue({ code: "custom", message: "dateNotReal" });
      return z.NEVER;
    }
    return date;
  });

export type EnteredDateParam =
  | { state: "empty" }
  | { state: "valid"; date: PlainDate; typed: string }
  | { state: "invalid"; error: EnteredDateError; typed: string };

/** For the page: a missing or empty value is no question yet; anything else is read or named. */
export function parseEnteredParam(raw: string | string[] | undefined): EnteredDateParam {
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (!typed) return { state: "empty" };
  const parsed = enteredDateSchema.safeParse(typed);
  if (parsed.success) return { state: "valid", date: parsed.data, typed };
  const message = parsed.error.issues[0]?.message;
  return { state: "invalid", error: message === "dateNotReal" ? "dateNotReal" : "dateUnreadable", typed: typed.slice(0, 40) };
}
