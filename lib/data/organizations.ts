import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import { slugParamSchema } from "@/lib/validation/params";
import type { OrganizationScope } from "@/lib/taxonomy";
import {
  citySelect,
  emailSelect,
  phoneSelect,
  shapeAddress,
  shapeCity,
  shapeEmail,
  shapePhone,
} from "@/lib/data/shape";

const publishedOffice = { published: true } as const;
const addressSelect = {
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

/** The fields every public view of an organisation shows, and their localised shape. */
const organizationBaseSelect = {
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

function shapeOrganizationBase(row: OrganizationBaseRow, locale: Locale) {
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

const byName = (locale: Locale) => (a: { name: { text: string } | null }, b: { name: { text: string } | null }) =>
  (a.name?.text ?? "").localeCompare(b.name?.text ?? "", locale, { sensitivity: "base" });

/** Every published organisation with its published offices (city level) and service types, by name. */
export async function listOrganizationsWithOffices(locale: Locale) {
  const rows = await db().organization.findMany({
    where: { published: true },
    select: {
      ...organizationBaseSelect,
      offices: {
        where: publishedOffice,
        select: { id: true, slug: true, name: true, kind: true, confidentialAddress: true, city: { select: citySelect } },
        orderBy: { slug: "asc" },
      },
      services: { where: { published: true }, select: { type: true }, orderBy: { type: "asc" } },
    },
  });
  return rows
    .map((row) => ({
      ...shapeOrganizationBase(row, locale),
      offices: row.offices.map((office) => ({
        id: office.id,
        slug: office.slug,
        name: pickLocalized(office.name, locale),
        kind: office.kind,
        confidentialAddress: office.confidentialAddress,
        city: shapeCity(office.city, locale),
      })),
      serviceTypes: [...new Set(row.services.map((service) => service.type))],
    }))
    .sort(byName(locale));
}

export type OrganizationSummary = Awaited<ReturnType<typeof listOrganizationsWithOffices>>[number];

/** One published organisation with everything its public page shows; null when there is none. */
export async function getOrganizationBySlug(slug: string, locale: Locale) {
  // A slug straight from the URL: anything malformed cannot match, so no query.
  if (!slugParamSchema.safeParse(slug).success) return null;
  const row = await db().organization.findFirst({
    where: { slug, published: true },
    select: {
      ...organizationBaseSelect,
      website: true,
      foundedYear: true,
      fraudReportEmail: true,
      fraudReportNote: true,
      verifiedAt: true,
      phones: { select: phoneSelect, orderBy: { position: "asc" } },
      emails: { select: emailSelect, orderBy: { position: "asc" } },
      contacts: { select: { id: true, name: true, title: true, email: true }, orderBy: { position: "asc" } },
      offices: {
        where: publishedOffice,
        orderBy: { slug: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          ...addressSelect,
          city: { select: citySelect },
          timeZone: true,
          hoursNote: true,
          languages: true,
          needsVerification: true,
          phones: { select: phoneSelect, orderBy: { position: "asc" } },
          emails: { select: emailSelect, orderBy: { position: "asc" } },
          hours: { select: { weekday: true, opens: true, closes: true, label: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
        },
      },
      services: {
        where: { published: true },
        orderBy: { type: "asc" },
        select: {
          id: true,
          type: true,
          populations: true,
          description: true,
          eligibility: true,
          cost: true,
          accessMethods: true,
          howToGetHelp: true,
          offices: { where: { office: publishedOffice }, select: { officeId: true } },
        },
      },
    },
  });
  if (!row) return null;
  const officeNames = new Map(row.offices.map((office) => [office.id, pickLocalized(office.name, locale)]));
  return {
    ...shapeOrganizationBase(row, locale),
    website: row.website,
    foundedYear: row.foundedYear,
    fraudReport:
      row.fraudReportEmail || row.fraudReportNote
        ? { email: row.fraudReportEmail, note: pickLocalized(row.fraudReportNote, locale) }
        : null,
    verifiedAt: row.verifiedAt,
    phones: row.phones.map((phone) => shapePhone(phone, locale)),
    emails: row.emails.map((email) => shapeEmail(email, locale)),
    contacts: row.contacts.map((contact) => ({ ...contact, title: pickLocalized(contact.title, locale) })),
    offices: row.offices.map((office) => ({
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
      needsVerification: office.needsVerification,
      phones: office.phones.map((phone) => shapePhone(phone, locale)),
      emails: office.emails.map((email) => shapeEmail(email, locale)),
    })),
    services: row.services.map((service) => ({
      id: service.id,
      type: service.type,
      populations: service.populations,
      description: pickLocalized(service.description, locale),
      eligibility: pickLocalized(service.eligibility, locale),
      cost: service.cost,
      accessMethods: service.accessMethods,
      howToGetHelp: pickLocalized(service.howToGetHelp, locale),
      offices: service.offices.map(({ officeId }) => ({ id: officeId, name: officeNames.get(officeId) ?? null })),
    })),
  };
}

export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getOrganizationBySlug>>>;

/** Figures for the home page. */
export async function countDirectory() {
  const [organizations, offices, cities] = await Promise.all([
    db().organization.count({ where: { published: true } }),
    db().office.count({ where: { published: true, organization: { published: true } } }),
    db().city.count({ where: { offices: { some: { published: true, organization: { published: true } } } } }),
  ]);
  return { organizations, offices, cities };
}
