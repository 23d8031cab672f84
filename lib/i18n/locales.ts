// The one list of locales. Adding one (e.g. "ht" or "fr") means adding it here
// and a messages/<locale>.json file; everything else derives from this module
// (see README, "Adding a language").
export const locales = ["es", "en"] as const;
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

export function isRequiredLocale(locale: string): locale is RequiredLocale {
  return (requiredLocales as readonly string[]).includes(locale);
}
