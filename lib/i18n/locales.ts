// The one list of locales. Adding one (e.g. "ht" or "fr") means adding it here,
// a messages/<locale>.json file and content translations — no schema change.
export const locales = ["es", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
