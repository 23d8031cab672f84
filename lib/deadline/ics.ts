// An iCalendar file (RFC 5545) with one all-day event on the deadline, so a
// phone's calendar can remind the person. Written by hand: it is a dozen lines.
import { addDays, type PlainDate } from "@/lib/deadline/plain-date";

/** Text values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * Lines longer than 75 octets are folded: CRLF and one space, never inside a
 * UTF-8 character (§3.1). Accented letters take two octets.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets; each continuation starts with a space, so 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compact = (date: PlainDate) => date.replace(/-/g, "");

export function deadlineIcs({
  deadline,
  entered,
  summary,
  description,
  url,
  now = new Date(),
}: {
  deadline: PlainDate;
  entered: PlainDate;
  summary: string;
  description: string;
  url: string;
  now?: Date;
}): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Amparo//Deadline calculator//ES",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    // Stable for one entry date, so downloading twice updates the same event.
    `UID:comar-deadline-${compact(entered)}@amparo`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(deadline)}`,
    `DTEND;VALUE=DATE:${compact(addDays(deadline, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    `URL:${url}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}
