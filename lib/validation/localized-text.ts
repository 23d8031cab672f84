import { z } from "zod";
import { defaultLocale, isRequiredLocale, locales, requiredLocales, type Locale, type RequiredLocale } from "@/lib/i18n/locales";
import { formText } from "@/lib/validation/text";

const text = formText.trim().min(1);

/** Text in every required locale; the other locales may lack it. */
export type LocalizedShape<T extends z.ZodType> = { [L in RequiredLocale]: T } & { [L in Exclude<Locale, RequiredLocale>]: z.ZodOptional<T> };

/** Each locale's text: required in `requiredLocales`, optional in the others (they fall back when shown). */
export function localizedShape<T extends z.ZodType>(schema: T): LocalizedShape<T> {
  return Object.fromEntries(locales.map((locale) => [locale, isRequiredLocale(locale) ? schema : schema.optional()])) as LocalizedShape<T>;
}

/** Translatable text in seed files: written in every required locale, optionally in the others. */
export const localizedTextSchema = z.object(localizedShape(text));

/** The same, each locale at most `max` characters (the limits of lib/validation/office.ts and organization.ts). */
export const localizedTextUpTo = (max: number) => z.object(localizedShape(text.max(max)));

export type Localized = {
  text: string;
  /** The locale the text is actually in (differs from the one asked for on fallback). */
  locale: Locale;
  isFallback: boolean;
};

/**
 * Picks the text for `locale`, falling back to the default locale and then to
 * any other, so a page can say "shown in Spanish" instead of showing nothing.
 * The order is fixed, the same for every reader (docs/decisions/023-languages-of-arrival.md).
 */
export function pickLocalized(value: unknown, locale: Locale): Localized | null {
  // Lenient on purpose: one blank or malformed translation must not hide the others.
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const texts = value as Record<string, unknown>;
  // A text written the same in every required locale is a name ("Al Otro Lado",
  // "Casa del Migrante"): the same in every language, not a missing translation.
  const asWritten = (candidate: Locale) => (typeof texts[candidate] === "string" ? (texts[candidate] as string).trim() : "");
  const name = asWritten(defaultLocale);
  if (!asWritten(locale) && name && requiredLocales.every((required) => asWritten(required) === name)) {
    return { text: name, locale, isFallback: false };
  }
  const order = [locale, defaultLocale, ...locales].filter((l, i, all) => all.indexOf(l) === i);
  for (const candidate of order) {
    const found = texts[candidate];
    if (typeof found === "string" && found.trim()) {
      return { text: found.trim(), locale: candidate, isFallback: candidate !== locale };
    }
  }
  return null;
}
