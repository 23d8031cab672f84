import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { QuickExit } from "@/components/layout/quick-exit";
import { Link } from "@/lib/i18n/navigation";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="site-chrome border-b border-gray-200 bg-brand-50">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="no-underline">
          <span className="block text-xl font-bold text-brand-800">Amparo</span>
          <span className="block text-xs text-gray-700">{t("tagline")}</span>
        </Link>
        <div className="flex items-center gap-2">
          <LocaleSwitcher />
          <QuickExit label={t("quickExit")} description={t("quickExitDescription")} />
        </div>
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
  );
}
