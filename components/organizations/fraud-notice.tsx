import { getLocale, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { ReviewMark } from "@/components/ui/review-mark";
import { fraudReportPlaces, humanRightsCommissionSlug } from "@/lib/data/organizations";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { fraudNoteSlug } from "@/lib/legal-note-slugs";
import type { Localized } from "@/lib/validation/localized-text";

/**
 * The organisation's own words on fraud when it has them, else ours; and where to report: the organisation's
 * fraud address when it gives one, the organisation itself through the contacts on this page, and, for a public
 * official, the CNDH. Only what the legal note on fraud and the organisations' data say (decision 022).
 */
export async function FraudNotice({ fraudReport }: { fraudReport: { email: string | null; note: Localized | null } | null }) {
  const t = await getTranslations("Organization");
  const [places, locale] = await Promise.all([fraudReportPlaces(), getLocale()]);
  return (
    <aside aria-labelledby="fraud" className="rounded-lg border-l-4 border-warn-800 bg-warn-50 p-4">
      <h2 id="fraud" className="font-semibold">
        {t("fraudTitle")}
      </h2>
      <ReviewMark textId="fraud-warning" locale={isLocale(locale) ? locale : defaultLocale} />
      {fraudReport?.note ? <LocalizedText value={fraudReport.note} as="p" /> : <p>{t("fraudDefault")}</p>}
      <h3 className="mt-2 font-semibold">{t("fraudWhereTitle")}</h3>
      <ul className="list-disc space-y-1 pl-5">
        {fraudReport?.email ? (
          <li>
            {t.rich("fraudReportEmail", {
              email: fraudReport.email,
              link: (chunks) => <a href={`mailto:${fraudReport.email}`}>{chunks}</a>,
            })}
          </li>
        ) : null}
        <li>{t("fraudToOrganization")}</li>
        {places.humanRightsCommission ? (
          <li>
            {t.rich("fraudOfficial", {
              link: (chunks) => <Link href={{ pathname: "/organizations/[slug]", params: { slug: humanRightsCommissionSlug } }}>{chunks}</Link>,
            })}
          </li>
        ) : null}
      </ul>
      {places.fraudNote ? (
        <p className="mt-2">
          <Link href={{ pathname: "/legal/[slug]", params: { slug: fraudNoteSlug } }}>{t("fraudNoteLink")}</Link>
        </p>
      ) : null}
    </aside>
  );
}
