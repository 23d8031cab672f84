import { z } from "zod";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { formText } from "@/lib/validation/text";

const text = formText.trim().min(1);

/** Translatable text that must be written in every locale (seed files, admin forms). */
export const completeLocalizedTextSchema = z.object(
  Object.fromEntries(locales.map((locale) => [locale, text])) as Record<Locale, typeof text>,
);

/** The same, each locale at most `max` characters (the limits of lib/validation/office.ts and organization.ts). */
export const completeLocalizedTextUpTo = (max: number) =>
  z.object(Object.fromEntries(locales.map((locale) => [locale, text.max(max)])) as Record<Locale, ReturnType<typeof text.max>>);

export type Localized = {
  text: string;
  /** The locale the text is actually in (differs from the one asked for on fallback). */
  locale: Locale;
  isFallback: boolean;
};

/**
 * Picks the text for `locale`, falling back to the default locale and then to
 * any other, so a page can say "shown in Spanish" instead of showing nothing.
 */
export function pickLocalized(value: unknown, locale: Locale): Localized | null {
  // Lenient on purpose: one blank or malformed translation must not hide the others.
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const texts = value as Record<string, unknown>;
  const order = [locale, defaultLocale, ...locales].filter((l, i, all) => all.indexOf(l) === i);
  for (const candidate of order) {
    const found = texts[candidate];
    if (typeof found === "string" && found.trim()) {
      return { text: found.trim(), locale: candidate, isFallback: candidate !== locale };
    }
  }
  return null;
}
