import { getLocale, getTranslations } from "next-intl/server";
import { ContactLinks } from "@/components/organizations/contact-links";
import { OpeningHours } from "@/components/organizations/opening-hours";
import { ServiceLanguages } from "@/components/organizations/service-languages";
import { SourcesSection } from "@/components/provenance/sources-section";
import { LocalizedText } from "@/components/ui/localized-text";
import type { OfficeDetail, PublicEmail, PublicPhone } from "@/lib/data/shape";
import { Link } from "@/lib/i18n/navigation";

type Office = OfficeDetail;

type Props = {
  /** Its phones and e-mails are its own only: the organisation's are shown apart, as the organisation's. */
  office: Office;
  withHeading?: boolean;
  /** The office page: the organisation's contacts, shown for the kinds the office has none of. */
  organizationContacts?: { name: string; phones: PublicPhone[]; emails: PublicEmail[] };
  /** The organisation page: where its own contacts are, for an office that has none. */
  organizationContactsHref?: string;
};

/** An office's address, contacts, hours and languages; with its name as a linked heading on organisation pages. */
export async function OfficeDetails({ office, withHeading = true, organizationContacts, organizationContactsHref }: Props) {
  const t = await getTranslations("Office");
  const locale = await getLocale();
  const { address, city } = office;
  const place = city ? `${city.name}, ${city.state.name}` : null;
  const remote = office.kind === "remote";
  // Contacts belong where they work: the organisation's (its main office's) are never shown as this office's.
  const hasOwnContacts = office.phones.length > 0 || office.emails.length > 0;
  const fromOrganization = organizationContacts && {
    ...organizationContacts,
    phones: office.phones.length ? [] : organizationContacts.phones,
    emails: office.emails.length ? [] : organizationContacts.emails,
  };
  const showOrganization = fromOrganization && (fromOrganization.phones.length > 0 || fromOrganization.emails.length > 0);
  return (
    <article
      id={office.slug}
      className="space-y-3 rounded-lg border border-gray-200 p-4 print:space-y-2 print:border-0 print:p-0"
      aria-labelledby={withHeading ? `${office.slug}-name` : undefined}
    >
      {withHeading ? (
        <h3 id={`${office.slug}-name`} className="text-lg font-semibold">
          <Link href={{ pathname: "/offices/[slug]", params: { slug: office.slug } }}>
            <LocalizedText value={office.name} isName />
          </Link>
        </h3>
      ) : null}
      {office.needsVerification ? <p className="text-sm text-warn-800">{t("needsVerification")}</p> : null}
      {/* Remote help is not a place to go: no street address to show. */}
      {remote ? (
        <p className="font-medium">{t("remote")}</p>
      ) : (
        <section>
          <h4 className="font-medium">{t("address")}</h4>
          {address.confidential ? (
            <>
              {place ? <p>{place}</p> : null}
              <p className="text-sm">{t("confidential")}</p>
            </>
          ) : (
            <address className="not-italic">
              {address.street ? <span className="block">{address.street}</span> : null}
              {address.streetDetail ? <span className="block">{address.streetDetail}</span> : null}
              {address.colonia ? <span className="block">{address.colonia}</span> : null}
              {address.municipality ? <span className="block">{address.municipality}</span> : null}
              {place ? <span className="block">{place}</span> : null}
              {address.postalCode ? <span className="block">{t("postalCode", { code: address.postalCode })}</span> : null}
              {!address.street ? <span className="block text-sm">{t("addressUnknown")}</span> : null}
            </address>
          )}
        </section>
      )}
      <ContactLinks phones={office.phones} emails={office.emails} />
      {!hasOwnContacts && showOrganization ? (
        <p>{t("noOwnContacts")}</p>
      ) : null}
      {!hasOwnContacts && organizationContactsHref ? (
        <p>{t.rich("noOwnContactsSeeOrganization", { link: (chunks) => <a href={organizationContactsHref}>{chunks}</a> })}</p>
      ) : null}
      {fromOrganization && showOrganization ? (
        <section aria-labelledby={`${office.slug}-organization-contacts`}>
          <h4 id={`${office.slug}-organization-contacts`} className="font-medium">
            {t("organizationContacts", { name: fromOrganization.name })}
          </h4>
          <ContactLinks phones={fromOrganization.phones} emails={fromOrganization.emails} defaultLabel={t("mainOffice")} />
        </section>
      ) : null}
      <section>
        <h4 className="font-medium">{t("hours")}</h4>
        <OpeningHours hours={office.hours} note={office.hoursNote} timeZone={office.timeZone} />
      </section>
      <ServiceLanguages languages={office.languages} interpreters={office.interpreters} locale={locale} to={t} />
      {/* On an organisation's page each office says where its own facts come from; its own page says it for all. */}
      {withHeading && office.provenance.sources.length > 0 ? (
        <SourcesSection
          provenance={office.provenance}
          id={`${office.slug}-sources`}
          heading="h4"
          title={t("sourcesOfOffice")}
          withVerification
        />
      ) : null}
    </article>
  );
}
