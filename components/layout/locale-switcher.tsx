import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { requestPathHeader } from "@/lib/http/request-path";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localeLinks } from "@/lib/i18n/switch-locale";

// Plain links to the same page in every language, rendered on the server from
// the address the proxy saw (no client code, works without JavaScript). They
// wrap onto a second line on a narrow phone rather than scroll sideways.
export async function LocaleSwitcher() {
  const locale = await getLocale();
  const from = isLocale(locale) ? locale : defaultLocale;
  const path = (await headers()).get(requestPathHeader) ?? `/${from}`;
  const t = await getTranslations("LocaleSwitcher");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1.5">
        {localeLinks(path, from).map(({ locale: each, href, label, current }) => (
          <li key={each}>
            <a
              href={href}
              hrefLang={each}
              lang={each}
              aria-current={current ? "page" : undefined}
              className={`inline-block rounded border border-brand-700 px-2 py-1 text-sm font-medium no-underline ${
                current ? "bg-brand-700 text-white" : "bg-white hover:bg-brand-50"
              }`}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
