// Turns database rows into what public pages may show. Confidential addresses
// are removed here, in the one place every public read goes through, so no page
// can leak a shelter's street by forgetting a check.
import { formatPhone } from "@/lib/phone";
import type { Prisma } from "@/prisma/generated/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized, type Localized } from "@/lib/validation/localized-text";
import { citationSelect, shapeProvenance, type CitationRow } from "@/lib/provenance/shape";
import type { AccessMethod, Cost, Interpreters, OfficeKind, OrganizationScope, PhoneType, Population, ServiceType } from "@/lib/taxonomy";


export const phoneSelect = { id: true, number: true, extension: true, raw: true, type: true, whatsapp: true, label: true } as const;
export const emailSelect = { id: true, address: true, label: true } as const;
export const citySelect = { slug: true, name: true, state: { select: { slug: true, name: true, country: true } } } as const;

type PhoneRow = { id: string; number: string | null; extension: string | null; raw: string; type: PhoneType; whatsapp: boolean; label: unknown };
type EmailRow = { id: string; address: string; label: unknown };
type CityRow = { slug: string; name: unknown; state: { slug: string; name: unknown; country: string } } | null;

export type PublicPhone = ReturnType<typeof shapePhone>;
export function shapePhone(phone: PhoneRow, locale: Locale) {
  return {
    id: phone.id,
    e164: phone.number,
    display: formatPhone(phone.number, phone.raw),
    extension: phone.extension,
    type: phone.type,
    whatsapp: phone.whatsapp || phone.type === "whatsapp_only",
    callable: phone.number !== null && phone.type !== "fax" && phone.type !== "whatsapp_only",
    label: pickLocalized(phone.label, locale),
  };
}

export type PublicEmail = ReturnType<typeof shapeEmail>;
export function shapeEmail(email: EmailRow, locale: Locale) {
  return { id: email.id, address: email.address, label: pickLocalized(email.label, locale) };
}

export function shapeCity(city: CityRow, locale: Locale) {
  if (!city) return null;
  return {
    slug: city.slug,
    name: pickLocalized(city.name, locale)?.text ?? city.slug,
    state: { slug: city.state.slug, name: pickLocalized(city.state.name, locale)?.text ?? city.state.slug, country: city.state.country },
  };
}

type AddressRow = {
  street: string | null;
  streetDetail: string | null;
  colonia: string | null;
  municipality: string | null;
  postalCode: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  confidentialAddress: boolean;
};

export function shapeAddress(row: AddressRow) {
  if (row.confidentialAddress) {
    return { confidential: true as const, country: row.country };
  }
  return {
    confidential: false as const,
    street: row.street,
    streetDetail: row.streetDetail,
    colonia: row.colonia,
    municipality: row.municipality,
    postalCode: row.postalCode,
    country: row.country,
    coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
  };
}

export const addressSelect = {
  street: true,
  streetDetail: true,
  colonia: true,
  municipality: true,
  postalCode: true,
  country: true,
  latitude: true,
  longitude: true,
  confidentialAddress: true,
} as const;

export const publishedOffice = { published: true } as const;

/** The fields every public view of an organisation shows, and their localised shape. */
export const organizationBaseSelect = {
  id: true,
  slug: true,
  name: true,
  acronym: true,
  description: true,
  scope: true,
  freeOfCharge: true,
  needsVerification: true,
} as const;

type OrganizationBaseRow = {
  id: string;
  slug: string;
  name: unknown;
  acronym: unknown;
  description: unknown;
  scope: OrganizationScope;
  freeOfCharge: boolean | null;
  needsVerification: boolean;
};

export function shapeOrganizationBase(row: OrganizationBaseRow, locale: Locale) {
  return {
    id: row.id,
    slug: row.slug,
    name: pickLocalized(row.name, locale),
    acronym: pickLocalized(row.acronym, locale),
    description: pickLocalized(row.description, locale),
    scope: row.scope,
    freeOfCharge: row.freeOfCharge,
    needsVerification: row.needsVerification,
  };
}


export const officeDetailSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  ...addressSelect,
  city: { select: citySelect },
  timeZone: true,
  hoursNote: true,
  languages: true,
  interpreters: true,
  needsVerification: true,
  phones: { select: phoneSelect, orderBy: { position: "asc" } },
  emails: { select: emailSelect, orderBy: { position: "asc" } },
  hours: { select: { weekday: true, opens: true, closes: true, label: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
  verifiedAt: true,
  citations: { select: citationSelect, orderBy: { position: "asc" } },
} satisfies Prisma.OfficeSelect;

type OfficeDetailRow = AddressRow & {
  id: string;
  slug: string;
  name: unknown;
  kind: OfficeKind;
  city: CityRow;
  timeZone: string;
  hoursNote: unknown;
  languages: string[];
  interpreters: Interpreters;
  needsVerification: boolean;
  phones: PhoneRow[];
  emails: EmailRow[];
  hours: { weekday: number; opens: string; closes: string; label: unknown }[];
  verifiedAt: Date | null;
  citations: CitationRow[];
};

export function shapeOfficeDetail(office: OfficeDetailRow, locale: Locale) {
  return {
    id: office.id,
    slug: office.slug,
    name: pickLocalized(office.name, locale),
    kind: office.kind,
    address: shapeAddress(office),
    city: shapeCity(office.city, locale),
    timeZone: office.timeZone,
    hoursNote: pickLocalized(office.hoursNote, locale),
    hours: office.hours.map((hours) => ({ ...hours, label: pickLocalized(hours.label, locale) })),
    languages: office.languages,
    interpreters: office.interpreters,
    needsVerification: office.needsVerification,
    phones: office.phones.map((phone) => shapePhone(phone, locale)),
    emails: office.emails.map((email) => shapeEmail(email, locale)),
    /** This office's own facts; its page adds its organisation's. */
    provenance: shapeProvenance(publicOfficeCitations(office), office.verifiedAt, locale, new Date()),
  };
}

export type OfficeDetail = ReturnType<typeof shapeOfficeDetail>;

/**
 * The citations a public page may show for an office. A confidential address is
 * never published, so neither are the words (nor the page) of a source that
 * gives it; a remote office is not a place to go, so its street is not quoted.
 */
export function publicOfficeCitations(office: Pick<OfficeDetailRow, "confidentialAddress" | "kind" | "citations">): CitationRow[] {
  if (!office.confidentialAddress && office.kind !== "remote") return office.citations;
  return office.citations.filter((citation) => citation.fact !== "address");
}

export const serviceDetailSelect = {
  id: true,
  type: true,
  populations: true,
  description: true,
  eligibility: true,
  cost: true,
  accessMethods: true,
  howToGetHelp: true,
  offices: { where: { office: publishedOffice }, select: { officeId: true } },
  citations: { select: citationSelect, orderBy: { position: "asc" } },
} satisfies Prisma.ServiceSelect;

export type ServiceDetailRow = {
  id: string;
  type: ServiceType;
  populations: Population[];
  description: unknown;
  eligibility: unknown;
  cost: Cost;
  accessMethods: AccessMethod[];
  howToGetHelp: unknown;
  offices: { officeId: string }[];
};

/** A service is given at an office when it is linked to that office, or to no office in particular. */
export function givenAtOffice(service: { offices: { officeId: string }[] }, officeId: string): boolean {
  return service.offices.length === 0 || service.offices.some((link) => link.officeId === officeId);
}

export function shapeService(service: ServiceDetailRow, locale: Locale, officeNames: Map<string, Localized | null>) {
  return {
    id: service.id,
    type: service.type,
    populations: service.populations,
    description: pickLocalized(service.description, locale),
    eligibility: pickLocalized(service.eligibility, locale),
    cost: service.cost,
    accessMethods: service.accessMethods,
    howToGetHelp: pickLocalized(service.howToGetHelp, locale),
    offices: service.offices.map(({ officeId }) => ({ id: officeId, name: officeNames.get(officeId) ?? null })),
  };
}

export type ServiceDetail = ReturnType<typeof shapeService>;

/** What every organisation page and office page says about reaching and trusting the organisation. */
export const organizationContactSelect = {
  website: true,
  verifiedAt: true,
  fraudReportEmail: true,
  fraudReportNote: true,
  citations: { select: citationSelect, orderBy: { position: "asc" } },
  phones: { select: phoneSelect, orderBy: { position: "asc" } },
  emails: { select: emailSelect, orderBy: { position: "asc" } },
} satisfies Prisma.OrganizationSelect;

type OrganizationContactRow = {
  website: string | null;
  verifiedAt: Date | null;
  fraudReportEmail: string | null;
  fraudReportNote: unknown;
  citations: CitationRow[];
  phones: PhoneRow[];
  emails: EmailRow[];
};

export function shapeOrganizationContact(row: OrganizationContactRow, locale: Locale) {
  return {
    website: row.website,
    verifiedAt: row.verifiedAt,
    fraudReport:
      row.fraudReportEmail || row.fraudReportNote
        ? { email: row.fraudReportEmail, note: pickLocalized(row.fraudReportNote, locale) }
        : null,
    phones: row.phones.map((phone) => shapePhone(phone, locale)),
    emails: row.emails.map((email) => shapeEmail(email, locale)),
  };
}
