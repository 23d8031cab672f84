import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/prisma/generated/client";
import {
  givenAtOffice,
  officeDetailSelect,
  organizationBaseSelect,
  organizationContactSelect,
  publicOfficeCitations,
  serviceDetailSelect,
  shapeOfficeDetail,
  shapeOrganizationBase,
  shapeOrganizationContact,
  shapeService,
} from "@/lib/data/shape";
import type { Locale } from "@/lib/i18n/locales";
import { slugParamSchema } from "@/lib/validation/params";
import { shapeProvenance } from "@/lib/provenance/shape";

const officePageSelect = {
  ...officeDetailSelect,
  organization: {
    select: {
      ...organizationBaseSelect,
      ...organizationContactSelect,
      services: { where: { published: true }, orderBy: { type: "asc" }, select: serviceDetailSelect },
    },
  },
} satisfies Prisma.OfficeSelect;

const publishedWithOrganization = { published: true, organization: { published: true } } as const;

function shapeOfficePage(row: Prisma.OfficeGetPayload<{ select: typeof officePageSelect }>, locale: Locale) {
  const { organization } = row;
  const office = shapeOfficeDetail(row, locale);
  const contact = shapeOrganizationContact(organization, locale);
  const services = organization.services.filter((service) => givenAtOffice(service, row.id));
  return {
    ...office,
    // The office's own check, or else the last check of its organisation as a whole.
    verifiedAt: row.verifiedAt ?? organization.verifiedAt,
    // An office without its own contacts is reached through its organisation's (referral
    // lists, the API). Pages show which are whose: `ownContacts` are the office's own.
    phones: office.phones.length ? office.phones : contact.phones,
    emails: office.emails.length ? office.emails : contact.emails,
    ownContacts: { phones: office.phones, emails: office.emails },
    organization: { ...shapeOrganizationBase(organization, locale), ...contact },
    services: services.map((service) => shapeService(service, locale, new Map())),
    // Everything this page states: the office's facts, its organisation's and those of the help given here.
    provenance: shapeProvenance(
      [...publicOfficeCitations(row), ...organization.citations, ...services.flatMap((service) => service.citations)],
      row.verifiedAt ?? organization.verifiedAt,
      locale,
      new Date(),
    ),
  };
}

/** One published office of a published organisation, with the help given there; null when there is none. */
export async function getOfficeBySlug(slug: string, locale: Locale) {
  if (!slugParamSchema.safeParse(slug).success) return null;
  const row = await db().office.findFirst({ where: { slug, ...publishedWithOrganization }, select: officePageSelect });
  return row ? shapeOfficePage(row, locale) : null;
}

/** These published offices in the order of `slugs`; slugs that name none are left out. */
export async function getOfficesBySlugs(slugs: string[], locale: Locale) {
  const valid = slugs.filter((slug) => slugParamSchema.safeParse(slug).success);
  if (valid.length === 0) return [];
  const rows = await db().office.findMany({ where: { slug: { in: valid }, ...publishedWithOrganization }, select: officePageSelect });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return valid.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [shapeOfficePage(row, locale)] : [];
  });
}

export type OfficePageData = NonNullable<Awaited<ReturnType<typeof getOfficeBySlug>>>;
