import "server-only";
// Reads behind the public API and the CSV downloads. They use the directory's
// own conditions and order (lib/data/directory-sql.ts), so the API and the
// page give the same results for the same filters.
import { Prisma } from "@/prisma/generated/client";
import { db } from "@/lib/db/client";
import { loadListings, pageSize } from "@/lib/data/directory";
import { listingOrder, matchConditions, serviceCondition, withOpenNow } from "@/lib/data/directory-sql";
import { getOrganizationsByIds } from "@/lib/data/organizations";
import { serviceDetailSelect, shapeService } from "@/lib/data/shape";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { describeUnderstanding, resolveDirectoryQuery, type DirectoryQuery } from "@/lib/data/directory-query";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";
import { pickLocalized } from "@/lib/validation/localized-text";

type Counted = { id: string; total: bigint };

/** The search the directory page would run for these filters (the text read as the page reads it). */
async function matching(filters: DirectoryFilters, now: Date) {
  const query = await resolveDirectoryQuery(filters, now);
  const { effective, search } = query;
  // "Open now" is a CTE (withOpenNow) that every query using `where` must start with.
  return { query, search, ctes: withOpenNow(effective, now), where: matchConditions(effective, search) };
}

function paged<T>(filters: DirectoryFilters, total: number, results: T[], query: DirectoryQuery, locale: Locale) {
  return { total, page: filters.page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), results, understood: describeUnderstanding(query, locale) };
}

/** Every listing the directory would show for these filters (no paging), up to `limit`, in its order. */
export async function listAllListings(filters: DirectoryFilters, locale: Locale, { limit = 1000, now = new Date() } = {}) {
  const { search, ctes, where } = await matching(filters, now);
  const rows = await db().$queryRaw<{ org_id: string; office_id: string | null }[]>`
    ${ctes} SELECT l.org_id, l.office_id FROM directory_listing l WHERE ${where} ORDER BY ${listingOrder(search, locale)} LIMIT ${limit}`;
  return loadListings(rows, locale);
}

/** Organisations with at least one listing that matches, ranked by their best listing. */
export async function searchOrganizations(filters: DirectoryFilters, locale: Locale, now: Date = new Date()) {
  const { query, search, ctes, where } = await matching(filters, now);
  const offset = (filters.page - 1) * pageSize;
  const rows = await db().$queryRaw<Counted[]>`
    ${ctes} SELECT r.org_id AS id, count(*) OVER () AS total
    FROM (SELECT l.org_id, row_number() OVER (ORDER BY ${listingOrder(search, locale)}) AS rank FROM directory_listing l WHERE ${where}) r
    GROUP BY r.org_id ORDER BY min(r.rank) LIMIT ${pageSize} OFFSET ${offset}`;
  const total = rows[0]
    ? Number(rows[0].total)
    : Number((await db().$queryRaw<{ n: bigint }[]>`${ctes} SELECT count(DISTINCT l.org_id) AS n FROM directory_listing l WHERE ${where}`)[0]?.n ?? 0);
  return paged(filters, total, await getOrganizationsByIds(rows.map((row) => row.id), locale), query, locale);
}

/**
 * Published services that match the kind of help and population themselves
 * and are given at a listing that matches the other filters and the words.
 */
export async function searchServices(filters: DirectoryFilters, locale: Locale, now: Date = new Date()) {
  const { query, ctes, where } = await matching({ ...filters, service: undefined, population: undefined }, now);
  const own = Prisma.join([Prisma.sql`TRUE`, ...serviceCondition(filters, "s")], " AND ");
  const from = Prisma.sql`
    FROM (SELECT sv.id, sv."organizationId" AS org_id, sv.type::text AS type, sv.populations::text[] AS populations
          FROM "Service" sv WHERE sv.published) s
    JOIN "Organization" o ON o.id = s.org_id
    WHERE ${own} AND EXISTS (
      SELECT 1 FROM directory_listing l
      WHERE l.org_id = s.org_id AND ${where}
        AND (l.office_id IS NULL
          OR NOT EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = s.id)
          OR EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = s.id AND sa."officeId" = l.office_id)))`;
  const rows = await db().$queryRaw<Counted[]>`
    ${ctes} SELECT s.id, count(*) OVER () AS total ${from}
    ORDER BY amparo_fold(coalesce(o.name ->> ${locale}, o.name ->> ${defaultLocale})), s.type, s.id LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}`;
  const total = rows[0]
    ? Number(rows[0].total)
    : Number((await db().$queryRaw<{ n: bigint }[]>`${ctes} SELECT count(*) AS n ${from}`)[0]?.n ?? 0);
  const services = await db().service.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      ...serviceDetailSelect,
      organization: { select: { slug: true, name: true } },
      offices: { where: { office: { published: true } }, select: { office: { select: { slug: true, name: true } } } },
    },
  });
  const byId = new Map(services.map((service) => [service.id, service]));
  const results = rows.flatMap(({ id }) => {
    const service = byId.get(id);
    if (!service) return [];
    return [
      {
        ...shapeService({ ...service, offices: [] }, locale, new Map()),
        organization: { slug: service.organization.slug, name: pickLocalized(service.organization.name, locale) },
        offices: service.offices.map(({ office }) => ({ slug: office.slug, name: pickLocalized(office.name, locale) })),
      },
    ];
  });
  return paged(filters, total, results, query, locale);
}
