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
  const links = localeLinks(path, from);
  const current = links.find((link) => link.current)?.label ?? from;
  // On a phone the five names would take a row of the first screen (decision 022), so they fold behind the
  // current language's name; from 640 px they are always shown (globals.css). A <details> needs no script.
  return (
    <details className="locale-switch relative shrink-0">
      <summary className="flex min-h-11 cursor-pointer items-center gap-1 rounded border border-brand-700 bg-white px-2 text-sm font-medium">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="10" cy="10" r="8" />
          <path d="M2 10h16M10 2c2.5 2.4 2.5 13.6 0 16M10 2c-2.5 2.4-2.5 13.6 0 16" />
        </svg>
        <span lang={from}>{current}</span>
        <span className="sr-only">({t("label")})</span>
      </summary>
      <nav aria-label={t("label")} className="absolute right-0 z-40 mt-1 rounded border border-gray-300 bg-white p-2 shadow sm:static sm:mt-0 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none">
        <ul className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:justify-end">
          {links.map(({ locale: each, href, label, current: isCurrent }) => (
            <li key={each}>
              <a
                href={href}
                hrefLang={each}
                lang={each}
                aria-current={isCurrent ? "page" : undefined}
                className={`block whitespace-nowrap rounded border border-brand-700 px-2 py-1 text-sm font-medium no-underline ${
                  isCurrent ? "bg-brand-700 text-white" : "bg-white hover:bg-brand-50"
                }`}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
