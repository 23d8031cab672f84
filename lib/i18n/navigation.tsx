import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { isLocale, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { getPathname, type Href } from "@/lib/i18n/paths";

export { getPathname };

/**
 * A plain link to a page, its path localised on the server. Not next/link on
 * purpose: its client code (and next-intl's) was ~20 KB of every page's script,
 * and it prefetches every link in view, which costs data on a phone plan. A
 * full page load is what the site does without JavaScript anyway.
 */
export function Link({ href, locale, ...props }: LinkProps) {
  // Given the locale, the link renders at once: an async component costs its own row in
  // the page's RSC payload, which adds up on a page of twenty result cards.
  if (locale) return <a href={getPathname({ href, locale })} {...props} />;
  return <CurrentLocaleLink href={href} {...props} />;
}

type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: Href; locale?: Locale };

async function CurrentLocaleLink({ href, ...props }: Omit<LinkProps, "locale">) {
  const current = await getLocale();
  return <a href={getPathname({ href, locale: isLocale(current) ? current : defaultLocale })} {...props} />;
}
