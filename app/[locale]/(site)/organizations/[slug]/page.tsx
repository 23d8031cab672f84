import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { AcronymAfterName } from "@/components/organizations/acronym-after-name";
import { ContactLinks } from "@/components/organizations/contact-links";
import { FraudNotice } from "@/components/organizations/fraud-notice";
import { OfficeDetails } from "@/components/organizations/office-details";
import { SourcesSection } from "@/components/provenance/sources-section";
import { VerificationLine } from "@/components/provenance/verification-line";
import { ServiceList } from "@/components/organizations/service-list";
import { JsonLd } from "@/components/seo/json-ld";
import { LocalizedText } from "@/components/ui/localized-text";
import { getOrganizationBySlug } from "@/lib/data/organizations";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl, localeAlternates } from "@/lib/i18n/alternates";
import { officeStructuredData, organizationStructuredData } from "@/lib/structured-data";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Metadata and page share one query per request.
const loadOrganization = cache(getOrganizationBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const organization = await loadOrganization(slug, locale);
  if (!organization) return {};
  return {
    title: organization.name?.text,
    description: organization.description?.text,
    alternates: localeAlternates({ pathname: "/organizations/[slug]", params: { slug } }, locale),
  };
}

export default async function OrganizationPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const organization = await loadOrganization(slug, locale);
  if (!organization) notFound();
  const t = await getTranslations("Organization");
  const tt = await getTranslations("Taxonomy");
  const url = absoluteUrl({ pathname: "/organizations/[slug]", params: { slug } }, locale);
  const name = organization.name?.text ?? organization.slug;
  const structuredData = organizationStructuredData(
    { ...organization, name, description: organization.description?.text },
    url,
    organization.offices.map((office) =>
      officeStructuredData(office, absoluteUrl({ pathname: "/offices/[slug]", params: { slug: office.slug } }, locale), { name, url }),
    ),
  );
  const hasContact =
    organization.phones.length > 0 || organization.emails.length > 0 || organization.contacts.length > 0 || organization.website;
  return (
    <article className="space-y-6">
      <JsonLd data={structuredData} />
      <header className="space-y-2">
        <p className="no-print text-sm">
          <Link href="/organizations">← {t("backToList")}</Link>
        </p>
        <h1 className="text-2xl font-bold">
          <LocalizedText value={organization.name} isName />
          <AcronymAfterName name={organization.name?.text} acronym={organization.acronym} className="ml-2 text-xl font-normal text-gray-700" />
        </h1>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-gray-700">
          {organization.freeOfCharge ? <span className="rounded bg-brand-100 px-2 font-semibold text-brand-900">{t("free")}</span> : null}
          <span>
            {t("scope")}: {tt(`scope.${organization.scope}`)}
          </span>
          {organization.foundedYear ? <span>{t("founded", { year: String(organization.foundedYear) })}</span> : null}
        </p>
        <LocalizedText value={organization.description} as="p" className="text-lg" />
      </header>

      <VerificationLine provenance={organization.provenance} className="text-sm text-gray-700" />
      {organization.needsVerification ? (
        <p className="rounded border-l-4 border-warn-800 bg-warn-50 p-3 text-sm">{t("needsVerification")}</p>
      ) : null}

      {hasContact ? (
        <section aria-labelledby="contact" className="space-y-2">
          <h2 id="contact" className="text-xl font-semibold">
            {t("contact")}
          </h2>
          <ContactLinks phones={organization.phones} emails={organization.emails} />
          {organization.website ? (
            <p>
              {t("website")}: <a href={organization.website} rel="noreferrer">{organization.website}</a>
            </p>
          ) : null}
          {organization.contacts.length > 0 ? (
            <div>
              <h3 className="font-medium">{t("contacts")}</h3>
              <ul>
                {organization.contacts.map((contact) => (
                  <li key={contact.id}>
                    {contact.name}
                    {contact.title ? <>, <LocalizedText value={contact.title} /></> : null}
                    {contact.email ? <> · <a href={`mailto:${contact.email}`}>{contact.email}</a></> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="services" className="space-y-3">
        <h2 id="services" className="text-xl font-semibold">
          {t("services")}
        </h2>
        <ServiceList services={organization.services} officeCount={organization.offices.length} />
      </section>

      <section aria-labelledby="offices" className="space-y-3">
        <h2 id="offices" className="text-xl font-semibold">
          {t("offices")}
        </h2>
        {organization.offices.length === 0 ? <p>{hasContact ? t("noOffices") : t("noOfficesNoContact")}</p> : null}
        {organization.offices.map((office) => (
          <OfficeDetails key={office.id} office={office} organizationContactsHref={hasContact ? "#contact" : undefined} />
        ))}
      </section>

      <FraudNotice fraudReport={organization.fraudReport} />

      <SourcesSection provenance={organization.provenance} id="sources" heading="h2" />
    </article>
  );
}
