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
        <div className="mx-auto flex max-w-3xl items-start justify-end gap-3 px-4 py-1">
          <Link href="/browse-safely" className="self-center text-sm">
            {t("browseSafely")}
          </Link>
          <QuickExit label={t("quickExit")} hint={t("quickExitHint")} />
        </div>
      </div>
      <header className="site-chrome border-b border-gray-200 bg-brand-50">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="no-underline">
            <span className="block text-xl font-bold text-brand-800">Amparo</span>
            <span className="block text-xs text-gray-700">{t("tagline")}</span>
          </Link>
          <LocaleSwitcher />
        </div>
        <nav aria-label={t("mainNavigation")} className="mx-auto max-w-3xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base font-medium">
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
