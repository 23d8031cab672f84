import "server-only";
import { db } from "@/lib/db/client";
import {
  officeDetailSelect,
  organizationBaseSelect,
  organizationContactSelect,
  serviceDetailSelect,
  shapeOfficeDetail,
  shapeOrganizationBase,
  shapeOrganizationContact,
  shapeService,
} from "@/lib/data/shape";
import type { Locale } from "@/lib/i18n/locales";
import { slugParamSchema } from "@/lib/validation/params";

/** One published office of a published organisation, with the help given there; null when there is none. */
export async function getOfficeBySlug(slug: string, locale: Locale) {
  if (!slugParamSchema.safeParse(slug).success) return null;
  const row = await db().office.findFirst({
    where: { slug, published: true, organization: { published: true } },
    select: {
      ...officeDetailSelect,
      verifiedAt: true,
      organization: {
        select: {
          ...organizationBaseSelect,
          ...organizationContactSelect,
          services: { where: { published: true }, orderBy: { type: "asc" }, select: serviceDetailSelect },
        },
      },
    },
  });
  if (!row) return null;
  const { organization } = row;
  const office = shapeOfficeDetail(row, locale);
  const contact = shapeOrganizationContact(organization, locale);
  // A service is given here when it is linked to this office, or to no office in particular.
  const services = organization.services.filter(
    (service) => service.offices.length === 0 || service.offices.some((link) => link.officeId === row.id),
  );
  return {
    ...office,
    // The office's own check, or else the last check of its organisation as a whole.
    verifiedAt: row.verifiedAt ?? organization.verifiedAt,
    // An office without its own contacts is reached through its organisation's.
    phones: office.phones.length ? office.phones : contact.phones,
    emails: office.emails.length ? office.emails : contact.emails,
    organization: { ...shapeOrganizationBase(organization, locale), ...contact },
    services: services.map((service) => shapeService(service, locale, new Map())),
  };
}

export type OfficePageData = NonNullable<Awaited<ReturnType<typeof getOfficeBySlug>>>;
