import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { requestPathHeader } from "@/lib/http/request-path";
import { isLocale, locales } from "@/lib/i18n/locales";
import { pathInLocale } from "@/lib/i18n/switch-locale";

// A plain link to the same page in the other language, rendered on the server
// from the address the proxy saw (no client code, works without JavaScript).
export async function LocaleSwitcher() {
  const t = await getTranslations("LocaleSwitcher");
  const locale = await getLocale();
  const from = isLocale(locale) ? locale : locales[0];
  const other = locales.find((candidate) => candidate !== from) ?? from;
  const path = (await headers()).get(requestPathHeader) ?? `/${from}`;
  return (
    <a
      href={pathInLocale(path, from, other)}
      hrefLang={other}
      lang={other}
      className="rounded px-2 py-1 text-sm font-medium no-underline border border-brand-700 hover:bg-brand-50"
    >
      {t("switchTo")}
    </a>
  );
}
