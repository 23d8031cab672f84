import { getLocale, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { ReviewMark } from "@/components/ui/review-mark";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { Localized } from "@/lib/validation/localized-text";

/** The organisation's own words on fraud when it has them, else ours; and where to report. */
export async function FraudNotice({ fraudReport }: { fraudReport: { email: string | null; note: Localized | null } | null }) {
  const t = await getTranslations("Organization");
  const locale = await getLocale();
  return (
    <aside aria-labelledby="fraud" className="rounded-lg border-l-4 border-warn-800 bg-warn-50 p-4">
      <h2 id="fraud" className="font-semibold">
        {t("fraudTitle")}
      </h2>
      <ReviewMark textId="fraud-warning" locale={isLocale(locale) ? locale : defaultLocale} />
      {fraudReport?.note ? <LocalizedText value={fraudReport.note} as="p" /> : <p>{t("fraudDefault")}</p>}
      {fraudReport?.email ? (
        <p>
          {t.rich("fraudReportEmail", {
            email: fraudReport.email,
            link: (chunks) => <a href={`mailto:${fraudReport.email}`}>{chunks}</a>,
          })}
        </p>
      ) : null}
    </aside>
  );
}
