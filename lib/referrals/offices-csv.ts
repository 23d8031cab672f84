// Offices as CSV for a spreadsheet: the referral list or a whole directory
// search. Headers in the reader's language; a UTF-8 byte order mark so that
// Excel reads accents correctly; confidential addresses stay out. Cells a
// spreadsheet would run as a formula are neutralised (see spreadsheetSafe).
import { stringify } from "csv-stringify/sync";
import { createTranslator } from "next-intl";
import type { OfficePageData } from "@/lib/data/offices";
import type { PublicEmail, PublicPhone } from "@/lib/data/shape";
import { absoluteUrl } from "@/lib/i18n/alternates";
import { messagesFor } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/locales";
import { formatPhoneWithin } from "@/lib/phone";
import type { ServiceType } from "@/lib/taxonomy";


const columns = ["organization", "office", "address", "city", "state", "phones", "emails", "services", "url"] as const;
type Row = Record<(typeof columns)[number], string>;

type Address = OfficePageData["address"];
type City = OfficePageData["city"];

/** What a row needs, whichever read it came from. */
export type CsvOffice = {
  organization: { slug: string; name: { text: string } | null };
  office: { slug: string; name: { text: string } | null; address: Address; city: City } | null;
  phones: PublicPhone[];
  emails: PublicEmail[];
  serviceTypes: ServiceType[];
};

export function fromOfficePage(office: OfficePageData): CsvOffice {
  return {
    organization: office.organization,
    office,
    phones: office.phones,
    emails: office.emails,
    serviceTypes: [...new Set(office.services.map((service) => service.type))],
  };
}

/**
 * Excel, LibreOffice and Google Sheets run a cell that starts with one of these
 * as a formula (=HYPERLINK(…) can leak data or lure a click), and every listing's
 * text is typed by someone. OWASP's "CSV Injection" advice for files meant for
 * spreadsheets: prefix such a cell with a single quote, which makes it text.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function spreadsheetSafe(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * Mexican numbers as dialled inside Mexico ("962 642 5098"): the lists are for
 * referrals there, and an international "+52 …" cell would start with a formula
 * sign and show the protecting quote on nearly every row.
 */
function phoneCell(phones: PublicPhone[]): string {
  return phones
    .map((phone) => [formatPhoneWithin("MX", phone.e164, phone.display), phone.extension && `ext. ${phone.extension}`, phone.whatsapp && "WhatsApp"].filter(Boolean).join(" "))
    .join("; ");
}

export function officesCsv(offices: CsvOffice[], locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Referrals.csv" });
  const tt = createTranslator({ locale, messages: messagesFor(locale), namespace: "Taxonomy.serviceType" });
  const rows = offices.map(({ organization, office, phones, emails, serviceTypes }): Row => {
    const address = office?.address;
    return {
      organization: organization.name?.text ?? organization.slug,
      office: office?.name?.text ?? (office ? office.slug : t("noOffice")),
      address: !address
        ? ""
        : address.confidential
          ? t("confidential")
          : [address.street, address.streetDetail, address.colonia, address.postalCode].filter(Boolean).join(", "),
      city: office?.city?.name ?? "",
      state: office?.city?.state.name ?? "",
      phones: phoneCell(phones),
      emails: emails.map((email) => email.address).join("; "),
      services: serviceTypes.map((type) => tt(type)).join("; "),
      url: office
        ? absoluteUrl({ pathname: "/offices/[slug]", params: { slug: office.slug } }, locale)
        : absoluteUrl({ pathname: "/organizations/[slug]", params: { slug: organization.slug } }, locale),
    };
  });
  return stringify(rows, {
    bom: true,
    header: true,
    record_delimiter: "windows",
    cast: { string: spreadsheetSafe },
    columns: columns.map((key) => ({ key, header: t(key) })),
  });
}

/** The download, named in the reader's language. */
export function csvBody(csv: string, locale: Locale, kind: "listFile" | "resultsFile") {
  const filename = createTranslator({ locale, messages: messagesFor(locale), namespace: "Referrals.csv" })(kind);
  return {
    body: csv,
    contentType: "text/csv; charset=utf-8",
    headers: { "Content-Disposition": `attachment; filename="${filename}"` },
  };
}
