// What makes a citation believable for the fact it backs: a phone's digits and
// an e-mail address must appear, literally, in the words quoted from the
// source. The seed check, `db:validate` and the seed-data test all ask here.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { normalisePhone } from "@/lib/phone";
import { namesContact } from "@/lib/provenance/rules";
import type { CitedFact } from "@/lib/taxonomy";

type CitationLike = { fact: CitedFact; value?: string | null; excerpt?: string | null };
type RecordLike = { phones: { raw: string }[]; emails: { address: string }[]; citations: CitationLike[] };

const digitsOf = (text: string) => text.replace(/\D/g, "");

/**
 * The number's digits appear in the excerpt, however either spaces them. A
 * number written with a bracketed prefix, "(52 55) 5658.7384", is also stated
 * by a list that gives the prefix once: "Tel: (52 55) 5211.4153 and 5658.7384".
 */
export function phoneStatedIn(raw: string, excerpt: string): boolean {
  const digits = digitsOf(raw);
  if (digits.length === 0) return false;
  const said = digitsOf(excerpt);
  if (said.includes(digits)) return true;
  // A number in international form ("+12087537041", as the admin form shows a foreign number) is stated by
  // a source that writes it the way its own country does: "(208) 753.7041".
  const national = raw.trim().startsWith("+") ? parsePhoneNumberFromString(raw)?.nationalNumber : undefined;
  if (national && national.length >= 7 && said.includes(national)) return true;
  const prefix = /^\s*\(([\d\s]+)\)(.*)$/.exec(raw);
  if (!prefix) return false;
  const [, area, local] = prefix;
  const areaDigits = digitsOf(area!);
  const localDigits = digitsOf(local!);
  return localDigits.length >= 7 && excerpt.includes(`(${area})`) && said.indexOf(areaDigits) < said.lastIndexOf(localDigits);
}

/**
 * The same phone written two ways: as the record keeps it (E.164 in an HSDS
 * package) and as a source writes it ("01 800 837 86 89", "+52 1 967 …"). Equal
 * digits, or the source's text normalised the way the seed normalises phones
 * (lib/phone.ts, old Mexican prefixes included) gives the record's number.
 */
export function samePhoneNumber(number: string, written: string): boolean {
  const digits = digitsOf(number);
  if (digits && digits === digitsOf(written)) return true;
  const country = parsePhoneNumberFromString(number)?.country ?? "MX";
  const normalised = normalisePhone(written, country).e164;
  return normalised !== null && normalised === normalisePhone(number, country).e164;
}

export function emailStatedIn(address: string, excerpt: string): boolean {
  return excerpt.toLowerCase().includes(address.toLowerCase());
}

/** Citations of a phone or an e-mail that do not name one of the record's, or whose excerpt does not state it. */
export type CitationProblem = { index: number; kind: "unknownValue" | "notStated"; message: string };

export function citationProblems(record: RecordLike): CitationProblem[] {
  const problems: CitationProblem[] = [];
  record.citations.forEach((citation, index) => {
    if (!namesContact(citation.fact)) return;
    const value = citation.value ?? "";
    const known =
      citation.fact === "phone"
        ? // The record may keep the number as its source wrote it, or (imported from HSDS) in E.164.
          record.phones.some((phone) => phone.raw === value || samePhoneNumber(phone.raw, value))
        : record.emails.some((email) => email.address.toLowerCase() === value.toLowerCase());
    if (!known) {
      problems.push({ index, kind: "unknownValue", message: `value "${value}" is not one of this record's ${citation.fact === "phone" ? "phones (raw)" : "e-mails"}` });
      return;
    }
    const stated = citation.fact === "phone" ? phoneStatedIn(value, citation.excerpt ?? "") : emailStatedIn(value, citation.excerpt ?? "");
    if (!stated) problems.push({ index, kind: "notStated", message: `the excerpt does not state ${value}` });
  });
  return problems;
}

/** The record's phones and e-mails that no citation states: what a person would act on without a source. */
export function unsourcedContacts(record: RecordLike): string[] {
  const cites = (fact: "phone" | "email", stated: (value: string, excerpt: string) => boolean, value: string) =>
    record.citations.some((c) => c.fact === fact && c.excerpt && stated(value, c.excerpt) && (c.value ?? value).toLowerCase() === value.toLowerCase());
  return [
    ...record.phones.filter((phone) => !cites("phone", phoneStatedIn, phone.raw)).map((phone) => `phone ${phone.raw}`),
    ...record.emails.filter((email) => !cites("email", emailStatedIn, email.address)).map((email) => `e-mail ${email.address}`),
  ];
}
