import type { Metadata } from "next";
import { env } from "@/lib/env";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

type Href = Parameters<typeof getPathname>[0]["href"];

/** The absolute address of a page in one language. */
export function absoluteUrl(href: Href, locale: Locale): string {
  return new URL(getPathname({ href, locale }), env.SITE_URL).toString();
}

/** Canonical URL and hreflang alternates (every language, plus x-default) for a page's metadata. */
export function localeAlternates(href: Href, locale: Locale): NonNullable<Metadata["alternates"]> {
  return {
    canonical: absoluteUrl(href, locale),
    languages: {
      ...Object.fromEntries(locales.map((candidate) => [candidate, absoluteUrl(href, candidate)])),
      "x-default": absoluteUrl(href, defaultLocale),
    },
  };
}

/** Sitemap entries: each page in every language, each listing all its translations. */
export function sitemapEntries(pages: Href[]): { url: string; languages: Record<string, string> }[] {
  return pages.flatMap((href) =>
    locales.map((locale) => ({
      url: absoluteUrl(href, locale),
      languages: Object.fromEntries(locales.map((other) => [other, absoluteUrl(href, other)])),
    })),
  );
}
