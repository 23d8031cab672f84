// Apart from lib/legal-body.ts, which the admin form's validation also loads:
// the routing table has no business in that form's scripts.
import type { Locale } from "@/lib/i18n/locales";
import { pathInLocale } from "@/lib/i18n/switch-locale";

/**
 * Where a link of a body written in `textLocale` takes a reader of `readerLocale`:
 * a Spanish body shown on a French page (no French text yet) links the French
 * pages, so the reader does not land in Spanish. A link that names no language
 * of the text stays as written.
 */
export function linkForReader(href: string, textLocale: Locale, readerLocale: Locale): string {
  if (textLocale === readerLocale) return href;
  const prefix = `/${textLocale}`;
  const path = href.split(/[?#]/, 1)[0]!;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return href;
  const hash = href.includes("#") ? href.slice(href.indexOf("#")) : "";
  return pathInLocale(href, textLocale, readerLocale) + hash;
}
