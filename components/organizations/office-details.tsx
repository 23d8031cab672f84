import { getLocale, getTranslations } from "next-intl/server";
import { ContactLinks } from "@/components/organizations/contact-links";
import { OpeningHours } from "@/components/organizations/opening-hours";
import { SourcesSection } from "@/components/provenance/sources-section";
import { LocalizedText } from "@/components/ui/localized-text";
import type { OfficeDetail } from "@/lib/data/shape";
import { Link } from "@/lib/i18n/navigation";

type Office = OfficeDetail;

/** An office's address, contacts, hours and languages; with its name as a linked heading on organisation pages. */
export async function OfficeDetails({ office, withHeading = true }: { office: Office; withHeading?: boolean }) {
  const t = await getTranslations("Office");
  const locale = await getLocale();
  const { address, city } = office;
  const place = city ? `${city.name}, ${city.state.name}` : null;
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <article
      id={office.slug}
      className="space-y-3 rounded-lg border border-gray-200 p-4 print:space-y-2 print:border-0 print:p-0"
      aria-labelledby={withHeading ? `${office.slug}-name` : undefined}
    >
      {withHeading ? (
        <h3 id={`${office.slug}-name`} className="text-lg font-semibold">
          <Link href={{ pathname: "/offices/[slug]", params: { slug: office.slug } }}>
            <LocalizedText value={office.name} />
          </Link>
        </h3>
      ) : null}
      {office.needsVerification ? <p className="text-sm text-warn-800">{t("needsVerification")}</p> : null}
      <section>
        <h4 className="font-medium">{t("address")}</h4>
        {office.kind === "remote" ? <p>{t("remote")}</p> : null}
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
            {!address.street && office.kind !== "remote" ? <span className="block text-sm">{t("addressUnknown")}</span> : null}
          </address>
        )}
      </section>
      <ContactLinks phones={office.phones} emails={office.emails} />
      <section>
        <h4 className="font-medium">{t("hours")}</h4>
        <OpeningHours hours={office.hours} note={office.hoursNote} timeZone={office.timeZone} />
      </section>
      {office.languages.length > 0 ? (
        <p>
          <span className="font-medium">{t("languages")}: </span>
          {office.languages.map((code) => languages.of(code) ?? code).join(", ")}
        </p>
      ) : null}
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
