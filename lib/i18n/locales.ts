// The one list of locales. Adding one means adding it here, a
// messages/<locale>.json file and (optionally) its paths in routing.ts;
// everything else derives from this module (see README, "Adding a language",
// and docs/decisions/023-languages-of-arrival.md).
export const locales = ["es", "en", "fr", "ht", "pt"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es";

/**
 * The locales every translatable text must be written in (seed files, admin
 * forms). A locale not listed here is optional: where its text is missing the
 * site shows the default locale's, marked as such (pickLocalized). The default
 * locale is always required.
 */
export const requiredLocales = ["es", "en"] as const satisfies readonly Locale[];
export type RequiredLocale = (typeof requiredLocales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The locale a request target starts with ("/es/directorio?q=x" → "es"), if it starts with one. */
export function localeOfPath(target: string): Locale | undefined {
  const first = target.split(/[/?#]/)[1];
  return isLocale(first) ? first : undefined;
}

/** The language to answer a request target in: the locale it starts with, or the default. */
export const answerLocaleOf = (target: string): Locale => localeOfPath(target) ?? defaultLocale;

export function isRequiredLocale(locale: string): locale is RequiredLocale {
  return (requiredLocales as readonly string[]).includes(locale);
}
