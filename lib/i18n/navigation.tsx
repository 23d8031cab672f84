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
export async function Link({ href, locale, ...props }: Omit<ComponentProps<"a">, "href"> & { href: Href; locale?: Locale }) {
  const current = await getLocale();
  return <a href={getPathname({ href, locale: locale ?? (isLocale(current) ? current : defaultLocale) })} {...props} />;
}
