import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { PublicEmail, PublicPhone } from "@/lib/data/shape";
import { whatsappDigits } from "@/lib/phone";

/**
 * Phones as tap-to-call / WhatsApp links and e-mails as mailto links; numbers that could not be read stay as text.
 * `defaultLabel`: said of a contact that has no label of its own (an organisation's, shown on an office's page).
 */
export async function ContactLinks({ phones, emails, defaultLabel }: { phones: PublicPhone[]; emails: PublicEmail[]; defaultLabel?: string }) {
  const t = await getTranslations("Office");
  if (phones.length === 0 && emails.length === 0) return null;
  return (
    <ul className="space-y-2">
      {phones.map((phone) => (
        <li key={phone.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {phone.callable && phone.e164 ? (
            <a href={`tel:${phone.e164}`} className="font-medium" aria-label={t("call", { number: phone.display })}>
              {phone.display}
            </a>
          ) : (
            <span className="font-medium">{phone.display}</span>
          )}
          {phone.extension ? <span className="text-sm">{t("extension", { extension: phone.extension })}</span> : null}
          {phone.e164 ? null : <span className="text-sm text-gray-700">({t("phoneAsWritten")})</span>}
          {phone.type === "fax" ? <span className="text-sm text-gray-700">({t("fax")})</span> : null}
          {phone.type === "toll_free" ? <span className="text-sm text-gray-700">({t("tollFree")})</span> : null}
          {phone.type === "whatsapp_only" ? <span className="text-sm text-gray-700">({t("whatsappOnly")})</span> : null}
          {phone.whatsapp && phone.e164 ? (
            <a href={`https://wa.me/${whatsappDigits(phone.e164)}`} className="text-sm" rel="noreferrer">
              {t("whatsapp", { number: phone.display })}
            </a>
          ) : null}
          {phone.label ? (
            <LocalizedText value={phone.label} className="text-sm text-gray-700" />
          ) : defaultLabel ? (
            <span className="text-sm text-gray-700">{defaultLabel}</span>
          ) : null}
        </li>
      ))}
      {emails.map((email) => (
        <li key={email.id} className="flex flex-wrap items-center gap-x-3">
          <a href={`mailto:${email.address}`} className="break-all" aria-label={t("email", { email: email.address })}>
            {email.address}
          </a>
          {email.label ? (
            <LocalizedText value={email.label} className="text-sm text-gray-700" />
          ) : defaultLabel ? (
            <span className="text-sm text-gray-700">{defaultLabel}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
