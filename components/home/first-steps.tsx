import { getTranslations } from "next-intl/server";
import { ReviewMark } from "@/components/ui/review-mark";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname, Link } from "@/lib/i18n/navigation";

/**
 * The first screen of the home page on a 360×640 phone: a search, the three things to do now, and (in the
 * sticky bar above) the quick exit. Short on purpose; the facts are those of the legal note on the COMAR
 * deadline (prisma/seed/data/legal-notes/06-comar-application-deadline.json). Decision 022.
 */
export async function FirstSteps({ locale }: { locale: Locale }) {
  const t = await getTranslations("Home");
  const td = await getTranslations("Directory");
  return (
    <>
      <form method="get" action={getPathname({ locale, href: "/directory" })} role="search" aria-label={t("quickSearch")}>
        <label htmlFor="q" className="font-medium">
          {td("searchLabel")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            maxLength={100}
            placeholder={td("searchPlaceholder")}
            className="min-w-0 flex-1 rounded border border-gray-400 bg-white px-3 py-2 text-base"
          />
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            {td("submit")}
          </button>
        </div>
      </form>

      <section aria-labelledby="now" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
        <h2 id="now" className="text-lg font-semibold">
          {t("nowTitle")}
        </h2>
        <ReviewMark textId="home-first-steps" locale={locale} />
        <ol className="mt-1 list-decimal space-y-1.5 pl-5">
          <li>
            {t("nowComar")}{" "}
            <Link href="/deadline" locale={locale}>
              {t("nowComarLink")}
            </Link>
          </li>
          <li>
            <Link href="/directory" locale={locale}>
              {t("nowHelp")}
            </Link>
          </li>
          <li>{t.rich("nowEmergency", { call: (chunks) => <a href="tel:911">{chunks}</a> })}</li>
        </ol>
      </section>
    </>
  );
}
