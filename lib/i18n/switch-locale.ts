import { catalogues } from "@/lib/i18n/catalogues";
import { languageNamer } from "@/lib/i18n/language-names";
import { locales, type Locale } from "@/lib/i18n/locales";
import { localizedPattern, segmentPattern } from "@/lib/i18n/paths";
import { routing, type AppPathname } from "@/lib/i18n/routing";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The address of the page at `path` (as requested, e.g. "/es/oficinas/x?city=y")
 * in another language: the route's localised path with the same parameters and
 * the same query, so a filtered directory stays filtered. An address that is no
 * route of the site (a 404) leads to the other language's home page.
 */
export function pathInLocale(path: string, from: Locale, to: Locale): string {
  const url = new URL(path, "http://localhost");
  const prefix = `/${from}`;
  const rest = url.pathname === prefix ? "/" : url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : null;
  if (rest !== null) {
    for (const pathname of Object.keys(routing.pathnames) as AppPathname[]) {
      // Split on the [name] segments: literal text at even indexes, names at odd ones.
      const parts = localizedPattern(pathname, from).split(segmentPattern);
      const names = parts.filter((_, i) => i % 2 === 1);
      const match = new RegExp(`^${parts.filter((_, i) => i % 2 === 0).map(escape).join("([^/]+)")}/?$`).exec(rest);
      if (!match) continue;
      const target = localizedPattern(pathname, to).replace(segmentPattern, (_, name: string) => match[names.indexOf(name) + 1]!);
      return `/${to}${target === "/" ? "" : target}${url.search}`;
    }
  }
  return `/${to}`;
}

/**
 * The same page in every language, the current one included and marked, each
 * named in its own language ("Español", "Kreyòl ayisyen", from that language's
 * own catalogue): the reader of that language is the one who must recognise it.
 */
export function localeLinks(path: string, from: Locale, forLocales: readonly Locale[] = locales) {
  return forLocales.map((locale) => ({
    locale,
    href: pathInLocale(path, from, locale),
    label: ownName(locale),
    current: locale === from,
  }));
}

function ownName(locale: Locale): string {
  const own = catalogues[locale]?.LocaleSwitcher;
  const name = own && typeof own === "object" ? own.name : undefined;
  if (typeof name === "string" && name.trim()) return name;
  // No catalogue of its own yet: the language's name in itself, never another language's words.
  const fallback = languageNamer(locale)(locale);
  return fallback.charAt(0).toLocaleUpperCase(locale) + fallback.slice(1);
}
