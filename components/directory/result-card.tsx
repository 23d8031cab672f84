import type { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DistanceFromHere } from "@/components/directory/near-me";
import { AcronymAfterName } from "@/components/organizations/acronym-after-name";
import { ServiceLanguages } from "@/components/organizations/service-languages";
import { TagList } from "@/components/organizations/tag-list";
import { LocalizedText } from "@/components/ui/localized-text";
import type { DirectoryListing } from "@/lib/data/directory";
import { directionsUrl } from "@/lib/directions";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { whatsappDigits } from "@/lib/phone";

/** The translators a card uses, fetched once by the page for all its cards. */
export type ResultCardTranslators = {
  t: Awaited<ReturnType<typeof getTranslations<"Directory">>>;
  to: Awaited<ReturnType<typeof getTranslations<"Office">>>;
  tt: Awaited<ReturnType<typeof getTranslations<"Taxonomy">>>;
};

type Props = { listing: DirectoryListing; locale: Locale; translators: ResultCardTranslators; children?: ReactNode };

/**
 * One result. Synchronous on purpose: an async component costs its own row in
 * the page's RSC payload, twenty times per page. `children`: extra controls
 * at the foot of the card (the referral list's).
 */
export function ResultCard({ listing, locale, translators: { t, to, tt }, children }: Props) {
  const { organization, office } = listing;
  const callable = listing.phones.find((phone) => phone.callable && phone.e164);
  const whatsapp = listing.phones.find((phone) => phone.whatsapp && phone.e164);
  const email = listing.emails[0];
  const remote = listing.group === "remote";
  // A remote listing is not a place to go: no city, no directions.
  const directions = office && !remote ? directionsUrl(office) : null;
  const { organizationContacts } = listing;
  const mainOffice = (label: { text: string } | null) => <span className="text-sm text-gray-700"> ({label?.text ?? t("mainOffice")})</span>;
  const name = organization.name?.text ?? organization.slug;
  // What the sources say of the cost, never more, and to call first where no hours are published (decision 022).
  // One paragraph, one string: the page carries each card twice.
  const cautions = [
    listing.cost === "free" ? null : t(listing.cost === "charges" ? "costCharges" : "costUnknown"),
    office && !remote && !listing.hasHours ? t("callBeforeGoing") : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <article className="card">
      <h4 className="text-lg font-semibold">
        <Link
          href={
            office
              ? { pathname: "/offices/[slug]", params: { slug: office.slug } }
              : { pathname: "/organizations/[slug]", params: { slug: organization.slug } }
          }
          locale={locale}
          aria-label={t("seeOrganization", { name })}
        >
          <LocalizedText value={organization.name} isName />
        </Link>
        <AcronymAfterName name={organization.name?.text} acronym={organization.acronym} />
      </h4>
      <p className="text-gray-800">
        {office ? (
          <>
            <LocalizedText value={office.name} isName />
            {remote ? ` · ${t("remoteHelp")}` : office.city ? ` · ${office.city.name}, ${office.city.state.name}` : null}
          </>
        ) : (
          t("noOffice")
        )}
      </p>
      {listing.place ? <DistanceFromHere place={listing.place} /> : null}
      {office?.address.confidential ? <p className="text-sm text-warn-800">{t("addressConfidential")}</p> : null}
      {listing.cost === "free" ? (
        <p>
          <span className="rounded bg-brand-100 px-2 text-sm font-semibold text-brand-900">{t("free")}</span>
        </p>
      ) : null}
      {cautions ? <p className="text-sm">{cautions}</p> : null}
      <TagList items={listing.serviceTypes.map((type) => ({ key: type, label: tt(`serviceType.${type}`) }))} />
      {listing.populations.length > 0 ? (
        <p className="text-sm text-gray-800">
          {listing.populations.map((population) => tt(`population.${population}`)).join(" · ")}
        </p>
      ) : null}
      {office ? <ServiceLanguages languages={office.languages} interpreters={office.interpreters} locale={locale} to={to} whenUnknown="hide" /> : null}
      {organizationContacts.phones && organizationContacts.emails ? <p className="text-sm">{t("noOwnContacts")}</p> : null}
      <ul className="action-list">
        {callable ? (
          <li>
            <a href={`tel:${callable.e164}`} className="action-link">
              {to("call", { number: callable.display })}
            </a>
            {organizationContacts.phones ? mainOffice(callable.label) : null}
          </li>
        ) : null}
        {whatsapp?.e164 ? (
          <li>
            <a href={`https://wa.me/${whatsappDigits(whatsapp.e164)}`} className="action-link" rel="noreferrer">
              {to("whatsapp", { number: whatsapp.display })}
            </a>
            {organizationContacts.phones ? mainOffice(whatsapp.label) : null}
          </li>
        ) : null}
        {email ? (
          <li>
            <a href={`mailto:${email.address}`} className="action-link break-all">
              {email.address}
            </a>
            {organizationContacts.emails ? mainOffice(email.label) : email.label ? <span className="text-sm text-gray-700"> ({email.label.text})</span> : null}
          </li>
        ) : null}
        {directions ? (
          <li>
            <a
              href={directions}
              className="action-link"
              rel="noreferrer"
              aria-label={t("directionsLabel", { name })}
            >
              {t("directions")}
            </a>
          </li>
        ) : null}
      </ul>
      {children}
    </article>
  );
}
