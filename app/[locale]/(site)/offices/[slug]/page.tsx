import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { OpeningStatus } from "@/components/offices/opening-status";
import { QrCode } from "@/components/offices/qr-code";
import { ReportProblemForm } from "@/components/offices/report-problem-form";
import { ShareText } from "@/components/offices/share-text";
import { FraudNotice } from "@/components/organizations/fraud-notice";
import { OfficeDetails } from "@/components/organizations/office-details";
import { ServiceList } from "@/components/organizations/service-list";
import { JsonLd } from "@/components/seo/json-ld";
import { SourcesSection } from "@/components/provenance/sources-section";
import { VerificationLine } from "@/components/provenance/verification-line";
import { LocalizedText } from "@/components/ui/localized-text";
import { getOfficeBySlug } from "@/lib/data/offices";
import { directionsUrl } from "@/lib/directions";
import { absoluteUrl, localeAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { officeReferralLines, officeTitle } from "@/lib/referrals/referral-text";
import { officeStructuredData } from "@/lib/structured-data";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Set by /api/reports when it sends the person back here after taking a report.
const reportParamsSchema = z.object({ report: z.literal("sent").optional().catch(undefined) });

// Metadata and page share one query per request.
const loadOffice = cache(getOfficeBySlug);


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const office = await loadOffice(slug, locale);
  if (!office) return {};
  return {
    title: officeTitle(office),
    description: office.organization.description?.text,
    alternates: localeAlternates({ pathname: "/offices/[slug]", params: { slug } }, locale),
  };
}

export default async function OfficePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const office = await loadOffice(slug, locale);
  if (!office) notFound();
  const t = await getTranslations("Office");
  const tt = await getTranslations("Taxonomy");
  const report = reportParamsSchema.parse(await searchParams);
  const { organization } = office;
  const url = absoluteUrl({ pathname: "/offices/[slug]", params: { slug } }, locale);
  const organizationUrl = absoluteUrl({ pathname: "/organizations/[slug]", params: { slug: organization.slug } }, locale);
  const directions = directionsUrl(office);
  // Remote help is not a place to go: its title names no city.
  const place = office.city && office.kind !== "remote" ? `${office.city.name}, ${office.city.state.name}` : null;

  // The referral a caseworker hands over: plain text for WhatsApp, SMS or a case note.
  const referral = [...officeReferralLines(office, t), t("referralFree"), url].join("\n");

  return (
    <article className="space-y-6 print:space-y-3">
      <QrCode url={url} caption={t("qrCaption")} className="print-only float-right ml-4 w-32" />
      <JsonLd
        data={officeStructuredData(office, url, { name: organization.name?.text ?? organization.slug, url: organizationUrl })}
      />
      <header className="space-y-2">
        <p className="no-print text-sm">
          <Link href={{ pathname: "/organizations/[slug]", params: { slug: organization.slug } }}>
            ← {t("seeOrganization", { name: organization.name?.text ?? organization.slug })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          <LocalizedText value={organization.name} isName />
          <span className="block text-xl font-normal text-gray-800">
            <LocalizedText value={office.name} isName />
            {place ? ` · ${place}` : null}
          </span>
        </h1>
        {/* Depends on the moment: meaningless on paper. */}
        <div className="no-print">
          <OpeningStatus hours={office.hours} timeZone={office.timeZone} />
        </div>
        <VerificationLine provenance={office.provenance} className="text-sm text-gray-700" />
      </header>

      <OfficeDetails
        office={{ ...office, ...office.ownContacts }}
        withHeading={false}
        organizationContacts={{ name: organization.name?.text ?? organization.slug, phones: organization.phones, emails: organization.emails }}
      />
      {directions ? (
        <p className="no-print">
          <a href={directions} rel="noreferrer">
            {t("directions")}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="services" className="space-y-3">
        <h2 id="services" className="text-xl font-semibold">
          {t("services")}
        </h2>
        {/* On paper the kinds of help are enough; the details would push the sheet past one page. */}
        <p className="print-only">{office.services.map((service) => tt(`serviceType.${service.type}`)).join(" · ")}</p>
        <div className="no-print">
          <ServiceList services={office.services} officeCount={1} />
        </div>
      </section>

      <FraudNotice fraudReport={organization.fraudReport} />

      <SourcesSection provenance={office.provenance} id="sources" heading="h2" />

      <section aria-labelledby="share" className="no-print space-y-3">
        <h2 id="share" className="text-xl font-semibold">
          {t("share")}
        </h2>
        <ShareText text={referral} label={t("copyLabel")} />
        <p className="text-sm text-gray-700">{t("print")}</p>
      </section>

      <section className="no-print rounded border border-gray-300 p-3">
        <ReportProblemForm officeSlug={office.slug} locale={locale} sent={report.report === "sent"} />
      </section>
    </article>
  );
}
