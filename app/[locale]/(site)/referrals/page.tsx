import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ShareText } from "@/components/offices/share-text";
import { PrintButton } from "@/components/referrals/print-button";
import { ReferralOffice } from "@/components/referrals/referral-office";
import { getOfficesBySlugs } from "@/lib/data/offices";
import { absoluteUrl } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { officeReferralLines } from "@/lib/referrals/referral-text";
import { directoryQuery, parseDirectoryParams } from "@/lib/validation/directory-filters";
import { parseReferralList, referralParam, withoutOffice } from "@/lib/validation/referral-list";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const buttonClass = "inline-flex min-h-11 items-center rounded border border-brand-700 px-4 py-2 font-medium no-underline hover:bg-brand-50";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Referrals" });
  // A list is one caseworker's choice, not a page for search engines.
  return { title: t("title"), description: t("description"), robots: { index: false } };
}

export default async function ReferralsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Referrals");
  const to = await getTranslations("Office");
  const format = await getFormatter();
  const raw = await searchParams;
  const list = parseReferralList(raw[referralParam]);
  const offices = await getOfficesBySlugs(list.slugs, locale);
  const slugs = offices.map((office) => office.slug);
  const dropped = list.dropped + list.slugs.length - offices.length;
  // The search the list was made from, so "back" returns to the same results with the list kept.
  const search = directoryQuery(parseDirectoryParams(raw).filters);
  const urls = offices.map((office) => absoluteUrl({ pathname: "/offices/[slug]", params: { slug: office.slug } }, locale));
  const text = [
    ...offices.map((office, index) => {
      const [title, ...rest] = officeReferralLines(office, to);
      return [`${index + 1}. ${title}`, ...rest, urls[index]].join("\n");
    }),
    to("referralFree"),
  ].join("\n\n");
  const csv = `/api/v1/referrals.csv?${new URLSearchParams([...slugs.map((slug) => [referralParam, slug]), ["lang", locale]])}`;

  return (
    <div className="space-y-6 print:space-y-2">
      <header className="space-y-2 print:space-y-0">
        <p className="print-only text-sm">{t("printedOn", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</p>
        <h1 className="text-2xl font-bold print:text-xl">
          {t("title")} <span className="font-normal">({t("count", { count: offices.length })})</span>
        </h1>
        <p className="no-print">{t("intro")}</p>
        <p className="no-print">
          <Link href={{ pathname: "/directory", query: { ...search, [referralParam]: slugs } }}>
            ← {Object.keys(search).length > 0 ? t("backToResults") : t("searchMore")}
          </Link>
        </p>
      </header>
      {dropped > 0 ? (
        <p role="status" className="no-print rounded border-l-4 border-warn-800 bg-warn-50 p-3">
          {t("dropped", { count: dropped })}
        </p>
      ) : null}

      {offices.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <ol className="space-y-4 print:space-y-0">
            {offices.map((office, index) => (
              <li key={office.slug}>
                <ReferralOffice
                  office={office}
                  position={index + 1}
                  url={urls[index]!}
                  removeHref={{ pathname: "/referrals", query: { ...search, [referralParam]: withoutOffice(slugs, office.slug) } }}
                />
              </li>
            ))}
          </ol>
          <p className="print-only text-sm">{to("referralFree")}</p>

          <section aria-labelledby="referral-text-heading" className="no-print space-y-3">
            <h2 id="referral-text-heading" className="text-xl font-semibold">
              {t("textHeading")}
            </h2>
            <ShareText text={text} label={t("textLabel")} />
          </section>

          <section className="no-print flex flex-wrap gap-3">
            <PrintButton label={t("printSheet")} />
            <a href={csv} download className={buttonClass}>
              {t("downloadList")}
            </a>
            <Link href={{ pathname: "/referrals", query: search }} className={buttonClass}>
              {t("clear")}
            </Link>
          </section>
          <p className="no-print text-sm text-gray-700">{to("print")}</p>
        </>
      )}
    </div>
  );
}
