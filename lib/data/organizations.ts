import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/prisma/generated/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import { slugParamSchema } from "@/lib/validation/params";
import { shapeProvenance } from "@/lib/provenance/shape";
import { fraudNoteSlug } from "@/lib/legal-note-slugs";
import {
  citySelect,
  officeDetailSelect,
  organizationContactSelect,
  organizationBaseSelect,
  publishedOffice,
  serviceDetailSelect,
  shapeCity,
  shapeOfficeDetail,
  shapeOrganizationContact,
  shapeOrganizationBase,
  shapeService,
} from "@/lib/data/shape";


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

/** Everything an organisation's public page (and the API) shows about it. */
const organizationDetailSelect = {
  ...organizationBaseSelect,
  ...organizationContactSelect,
  foundedYear: true,
  contacts: { select: { id: true, name: true, title: true, email: true }, orderBy: { position: "asc" } },
  offices: { where: publishedOffice, orderBy: { slug: "asc" }, select: officeDetailSelect },
  services: { where: { published: true }, orderBy: { type: "asc" }, select: serviceDetailSelect },
} satisfies Prisma.OrganizationSelect;

function shapeOrganizationDetail(row: Prisma.OrganizationGetPayload<{ select: typeof organizationDetailSelect }>, locale: Locale) {
  const officeNames = new Map(row.offices.map((office) => [office.id, pickLocalized(office.name, locale)]));
  return {
    ...shapeOrganizationBase(row, locale),
    ...shapeOrganizationContact(row, locale),
    foundedYear: row.foundedYear,
    contacts: row.contacts.map((contact) => ({ ...contact, title: pickLocalized(contact.title, locale) })),
    offices: row.offices.map((office) => shapeOfficeDetail(office, locale)),
    services: row.services.map((service) => shapeService(service, locale, officeNames)),
    /** The organisation's facts and its services'; each office has its own. */
    provenance: shapeProvenance([...row.citations, ...row.services.flatMap((service) => service.citations)], row.verifiedAt, locale, new Date()),
  };
}

/** One published organisation with everything its public page shows; null when there is none. */
export async function getOrganizationBySlug(slug: string, locale: Locale) {
  // A slug straight from the URL: anything malformed cannot match, so no query.
  if (!slugParamSchema.safeParse(slug).success) return null;
  const row = await db().organization.findFirst({ where: { slug, published: true }, select: organizationDetailSelect });
  return row ? shapeOrganizationDetail(row, locale) : null;
}

/** These published organisations in full, in the order of `ids` (unpublished ones are left out). */
export async function getOrganizationsByIds(ids: string[], locale: Locale) {
  const rows = await db().organization.findMany({ where: { id: { in: ids }, published: true }, select: organizationDetailSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [shapeOrganizationDetail(row, locale)] : [];
  });
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

// Where fraud can be reported, beyond the organisation itself: the legal note on fraud (its "how to report"
// list) and the human rights commission it names for public officials. Linked only while published.
export const humanRightsCommissionSlug = "cndh";

/** Which of the fraud-report destinations the site can link to. */
export async function fraudReportPlaces() {
  const [note, commission] = await Promise.all([
    db().legalNote.count({ where: { slug: fraudNoteSlug, published: true } }),
    db().organization.count({ where: { slug: humanRightsCommissionSlug, published: true } }),
  ]);
  return { fraudNote: note > 0, humanRightsCommission: commission > 0 };
}
