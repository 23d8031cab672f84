import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { requestPathHeader } from "@/lib/http/request-path";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { otherLocaleLinks } from "@/lib/i18n/switch-locale";

// Plain links to the same page in each other language, rendered on the server
// from the address the proxy saw (no client code, works without JavaScript).
export async function LocaleSwitcher() {
  const locale = await getLocale();
  const from = isLocale(locale) ? locale : defaultLocale;
  const path = (await headers()).get(requestPathHeader) ?? `/${from}`;
  return otherLocaleLinks(path, from).map(({ locale: other, href, label }) => (
    <a
      key={other}
      href={href}
      hrefLang={other}
      lang={other}
      className="shrink-0 rounded px-2 py-1 text-sm font-medium no-underline border border-brand-700 hover:bg-brand-50"
    >
      {label}
    </a>
  ));
}
