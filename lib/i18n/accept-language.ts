import Negotiator from "negotiator";
import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * The site's language for an Accept-Language header: the first language of the
 * reader's list, by preference, that the site speaks, whatever its region
 * ("es-MX" is Spanish, "pt-BR" Portuguese, "fr-HT" French); the default if none.
 *
 * next-intl's own matcher ("best fit") prefers an exact match further down the
 * list over a regional one at its top: "es-MX,en;q=0.5" went to English and
 * "en-GB,fr;q=0.5" to French. The proxy hands it this answer instead.
 *
 * `negotiator` (the parser Express and next-intl use) reads the header: ranges
 * by quality, equal ones in the order written, refused ones (q=0) left out. It is
 * asked for the reader's whole list rather than matched against the site's
 * languages, because its matching ranks an exact "en" above a regional "es-MX"
 * of the same quality, whatever the order.
 */
export function localeForAcceptLanguage(header: string | null | undefined): Locale {
  // An absent header means "anything" to negotiator; to the site it means its default.
  const ranges = new Negotiator({ headers: { "accept-language": header ?? "" } }).languages();
  return ranges.map((range) => range.toLowerCase().split("-")[0]).find(isLocale) ?? defaultLocale;
}
