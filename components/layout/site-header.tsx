import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { QuickExit } from "@/components/layout/quick-exit";
import { Link } from "@/lib/i18n/navigation";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <>
      {/* The way out stays in view at every scroll position: a child of <body>, so sticky holds down the whole page. */}
      <div className="site-chrome sticky top-0 z-50 border-b border-gray-300 bg-white">
        <div className="site-width flex items-start justify-end gap-3 px-4 py-1">
          <Link href="/browse-safely" className="self-center text-sm">
            {t("browseSafely")}
          </Link>
          <QuickExit label={t("quickExit")} hint={t("quickExitHint")} />
        </div>
      </div>
      <header className="site-chrome border-b border-gray-200 bg-brand-50">
        {/* On a 360 px phone the brand and the language link share a row (the tagline wraps) and the navigation
            fits one line: the home page's first screen needs the room (decision 022). */}
        <div className="site-width flex items-center justify-between gap-2 px-4 py-2 sm:py-3">
          <Link href="/" className="min-w-0 no-underline">
            <span className="block text-xl font-bold text-brand-800">Amparo</span>
            <span className="block text-xs text-gray-700">{t("tagline")}</span>
          </Link>
          <LocaleSwitcher />
        </div>
        <nav aria-label={t("mainNavigation")} className="site-width px-4 pb-2">
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm font-medium sm:gap-x-5 sm:text-base">
            <li>
              <Link href="/directory">{t("navDirectory")}</Link>
            </li>
            <li>
              <Link href="/organizations">{t("navOrganizations")}</Link>
            </li>
            <li>
              <Link href="/legal">{t("navLegal")}</Link>
            </li>
          </ul>
        </nav>
      </header>
    </>
  );
}
