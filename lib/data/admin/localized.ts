import type { Locale } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/locales";

/** Stored translatable text as the form shows it: every locale present, blank when missing. */
export function localizedForForm(value: unknown): Record<Locale, string> {
  const source = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(locales.map((locale) => [locale, typeof source[locale] === "string" ? source[locale] : ""])) as Record<Locale, string>;
}
