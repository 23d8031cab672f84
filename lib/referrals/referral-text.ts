// The plain text of a referral, for WhatsApp, SMS or a case note: the office
// page and the referral list write it the same way.
import type { OfficePageData } from "@/lib/data/offices";

type OfficeTranslator = (key: "confidential" | "remote" | "referralPhone" | "referralEmail" | "postalCode", values?: { code: string }) => string;

type Named = { name: { text: string } | null };

/** "Organisation — Office": how an office is named in lists, texts and labels. */
export function officeTitle(office: Named & { organization: Named }): string {
  return [office.organization.name?.text, office.name?.text].filter(Boolean).join(" — ");
}

/** Name, address (or that it is confidential, or remote help: no place to go), phones and e-mails, one per line. */
export function officeReferralLines(office: OfficePageData, t: OfficeTranslator): string[] {
  const { address } = office;
  const place = office.city ? `${office.city.name}, ${office.city.state.name}` : null;
  const lines = [
    officeTitle(office),
    ...(office.kind === "remote"
      ? [t("remote")]
      : address.confidential
        ? [place, t("confidential")]
        : [
            [address.street, address.streetDetail].filter(Boolean).join(", "),
            address.colonia,
            place,
            address.postalCode && t("postalCode", { code: address.postalCode }),
          ]),
    office.phones.length ? `${t("referralPhone")}: ${office.phones.map((phone) => phone.display).join(", ")}` : null,
    office.emails.length ? `${t("referralEmail")}: ${office.emails.map((email) => email.address).join(", ")}` : null,
  ];
  return lines.filter((line): line is string => Boolean(line));
}
