"use client";

import { useParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

// A plain link to the same page in the other language: it is rendered on the
// server, so it works without JavaScript too.
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  const params = useParams();
  const other = locales.find((candidate) => candidate !== locale) ?? locale;
  return (
    <Link
      // Typed routes need the params of the current page, which are the same in both languages.
      href={{ pathname, params } as never}
      locale={other}
      hrefLang={other}
      lang={other}
      className="rounded px-2 py-1 text-sm font-medium no-underline ring-1 ring-brand-700 hover:bg-brand-50"
    >
      {t("switchTo")}
    </Link>
  );
}
