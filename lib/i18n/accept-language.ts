import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * The site's language for an Accept-Language header: the first language of the
 * reader's list, by preference, that the site speaks, whatever its region
 * ("es-MX" is Spanish, "pt-BR" Portuguese, "fr-HT" French); the default if none.
 *
 * next-intl's own matcher ("best fit") prefers an exact match further down the
 * list over a regional one at its top: "es-MX,en;q=0.5" went to English and
 * "en-GB,fr;q=0.5" to French. The proxy hands it this answer instead.
 */
export function localeForAcceptLanguage(header: string | null | undefined): Locale {
  const ranges = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      const quality = q === undefined ? 1 : Number(q);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.quality > 0 && range.language !== "" && range.language !== "*")
    // Highest quality first; equal ones keep the order they were written in.
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges.map((range) => range.language).find(isLocale) ?? defaultLocale;
}
