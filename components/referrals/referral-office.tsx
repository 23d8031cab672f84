import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/offices/qr-code";
import { OpeningHours } from "@/components/organizations/opening-hours";
import { LocalizedText } from "@/components/ui/localized-text";
import type { OfficePageData } from "@/lib/data/offices";
import { Link } from "@/lib/i18n/navigation";
import { officeTitle } from "@/lib/referrals/referral-text";

type Props = { office: OfficePageData; position: number; url: string; removeHref: { pathname: "/referrals"; query: Record<string, string | string[]> } };

/** One office on the referral sheet: what a person needs to get there and get in touch, and a QR code of its page. */
export async function ReferralOffice({ office, position, url, removeHref }: Props) {
  const t = await getTranslations("Referrals");
  const to = await getTranslations("Office");
  const tt = await getTranslations("Taxonomy");
  const { address, organization } = office;
  const place = office.city ? `${office.city.name}, ${office.city.state.name}` : null;
  const name = officeTitle(office) || office.slug;
  const headingId = `referral-${office.slug}`;
  return (
    <article aria-labelledby={headingId} className="flow-root space-y-2 rounded-lg border border-gray-200 p-4 print:break-inside-avoid print:space-y-1 print:rounded-none print:border-0 print:border-t print:px-0 print:py-2">
      <QrCode url={url} caption={t("qrCaption")} className="float-right ml-3 w-32 text-center print:w-28" />
      <h2 id={headingId} className="text-lg font-semibold print:text-base">
        {position}.{" "}
        <Link href={{ pathname: "/offices/[slug]", params: { slug: office.slug } }}>
          <LocalizedText value={organization.name} isName />
        </Link>
        <span className="block text-base font-normal text-gray-800">
          <LocalizedText value={office.name} isName />
        </span>
      </h2>
      {office.kind === "remote" ? (
        <p>{to("remote")}</p>
      ) : address.confidential ? (
        <p>
          {place ? <span className="block">{place}</span> : null}
          <span className="block text-sm text-warn-800">{to("confidential")}</span>
        </p>
      ) : (
        <address className="not-italic">
          {[[address.street, address.streetDetail].filter(Boolean).join(", "), address.colonia, place, address.postalCode && to("postalCode", { code: address.postalCode })]
            .filter(Boolean)
            .join(" · ")}
        </address>
      )}
      {office.phones.length > 0 ? (
        <p>
          <span className="font-medium">{t("phones")}: </span>
          {office.phones.map((phone, index) => (
            <span key={phone.id}>
              {index > 0 ? ", " : null}
              {phone.callable && phone.e164 ? <a href={`tel:${phone.e164}`}>{phone.display}</a> : phone.display}
              {phone.extension ? ` ${to("extension", { extension: phone.extension })}` : null}
              {phone.e164 ? null : ` (${to("phoneAsWritten")})`}
              {phone.whatsapp ? " (WhatsApp)" : null}
            </span>
          ))}
        </p>
      ) : null}
      {office.emails.length > 0 ? (
        <p className="break-all">
          <span className="font-medium">{t("emails")}: </span>
          {office.emails.map((email) => email.address).join(", ")}
        </p>
      ) : null}
      <div>
        <p className="font-medium">{t("hours")}</p>
        <OpeningHours hours={office.hours} note={office.hoursNote} timeZone={office.timeZone} />
      </div>
      {office.services.length > 0 ? (
        <p>
          <span className="font-medium">{t("services")}: </span>
          {[...new Set(office.services.map((service) => service.type))].map((type) => tt(`serviceType.${type}`)).join(" · ")}
        </p>
      ) : null}
      <p className="no-print">
        <Link href={removeHref} className="text-sm">
          {t("remove")}
          <span className="sr-only">: {name}</span>
        </Link>
      </p>
    </article>
  );
}
