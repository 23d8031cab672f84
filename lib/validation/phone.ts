// What a phone of an organisation or an office may be, defined once: the seed
// files and the admin forms (and the audit snapshots through them) ask here.
// A phone is a number a person can dial, or — only when someone says so — the
// number exactly as a source prints it when the source leaves out part of it
// (an 8-digit Mexico City number from before 2019 with no area code). Such a
// number is shown as written, never as a tap-to-call link, and says why.
import { normalisePhone } from "@/lib/phone";

/** Longest phone text and label, per language. */
export const phoneLimits = { raw: 60, label: 80 } as const;

/** Fewest digits a number kept as written may have: less is a typo, not a number. */
const fewestDigitsAsWritten = 6;

/** Message key (AdminForm.errors) of what is wrong with this phone, or null when it may be saved. */
export function phoneProblem(raw: string, asWritten: boolean, country = "MX"): "phone" | "phoneAsWritten" | null {
  if (normalisePhone(raw, country).e164 !== null) return null;
  if (!asWritten) return "phone";
  return raw.replace(/\D/g, "").length >= fewestDigitsAsWritten ? null : "phoneAsWritten";
}
