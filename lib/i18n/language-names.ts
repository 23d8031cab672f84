// Languages are stored as ISO 639 codes and named at the moment of showing,
// in the reader's language, by the runtime's own data (Intl.DisplayNames):
// no list of language names to keep in messages for every locale.

/**
 * "es" → "español" for a Spanish reader; an unknown code is shown as itself. Give a list of locales for a reader
 * whose language ICU cannot name languages in (Kreyòl): `[locale, defaultLocale]` names them in Spanish instead.
 */
export function languageNamer(locale: string | readonly string[]): (code: string) => string {
  const names = new Intl.DisplayNames(typeof locale === "string" ? [locale] : [...locale], { type: "language", fallback: "code" });
  return (code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      // A code that is not well-formed BCP 47 (never stored, but shown rather than failing the page).
      return code;
    }
  };
}

/** The codes' names as one list in the reader's language ("español, inglés y francés"). */
export function languageList(codes: readonly string[], locale: string): string {
  const name = languageNamer(locale);
  return new Intl.ListFormat([locale], { style: "long", type: "conjunction" }).format(codes.map(name));
}
