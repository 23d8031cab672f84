import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="site-chrome mt-12 border-t border-gray-200 bg-gray-50">
      <div className="site-width space-y-2 px-4 py-6 text-sm text-gray-700">
        <p className="font-semibold text-gray-900">{t("footerFree")}</p>
        <p>{t("footerNotAdvice")}</p>
        <p>{t("footerAbout")}</p>
      </div>
    </footer>
  );
}
