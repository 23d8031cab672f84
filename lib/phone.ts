// Phone numbers through libphonenumber-js (Google's metadata, kept current by
// its maintainers) rather than hand-written patterns: Mexican numbers changed
// format in 2019 and sources still carry the old prefixes (044, 01 800…).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

export type NormalisedPhone = {
  /** E.164, e.g. +525515180730; null when the text is not a valid number. */
  e164: string | null;
  extension: string | null;
};

/**
 * Mexico's numbering plan of August 2019 dropped the dialling prefixes 01, 044
 * and 045 and the "1" after +52 for mobiles; every number is now 10 digits.
 * Sources written before that still use them, so they are removed before
 * parsing (https://www.ift.org.mx/marcacion).
 */
function withoutLegacyMexicanPrefixes(raw: string): string {
  const [main = raw, ...rest] = raw.split(/\s*(?:ext\.?|extensión|x)\s*/i);
  const digits = main.replace(/\D/g, "");
  const modern =
    /^521\d{10}$/.test(digits) ? `+52${digits.slice(3)}`
    : /^04[45]\d{10}$/.test(digits) ? digits.slice(3)
    : /^01\d{10}$/.test(digits) ? digits.slice(2)
    : null;
  return modern ? [modern, ...rest].join(" ext. ") : raw;
}

export function normalisePhone(raw: string, country: string = "MX"): NormalisedPhone {
  const text = country === "MX" ? withoutLegacyMexicanPrefixes(raw) : raw;
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  if (!parsed || !parsed.isValid()) return { e164: null, extension: null };
  return { e164: parsed.number, extension: parsed.ext ?? null };
}

/** "+52 55 1518 0730" for display; the raw text when the number is not valid. */
export function formatPhone(e164: string | null, raw: string): string {
  if (!e164) return raw;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? raw;
}

/**
 * "962 642 5098": how a number is dialled from inside its own country (Mexico's
 * ten digits, no prefix, since 2019); other countries' numbers stay international.
 */
export function formatPhoneWithin(country: CountryCode, e164: string | null, raw: string): string {
  const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined;
  return parsed?.country === country ? parsed.formatNational() : formatPhone(e164, raw);
}

/** The digits wa.me expects (country code and number, no plus sign). */
export function whatsappDigits(e164: string): string {
  return e164.replace(/\D/g, "");
}
