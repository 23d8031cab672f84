// The SQL behind the directory: one "listing" per published office, plus one
// per published organisation that has no published office (national bodies,
// remote services), filtered and searched inside PostgreSQL. Every value is a
// bound parameter; user text never becomes SQL.
import { Prisma } from "@/prisma/generated/client";
import type { SearchQuery } from "@/lib/search/query";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";

export const listingsCte = Prisma.sql`
  listing AS (
    SELECT o.id AS org_id, f.id AS office_id, coalesce(f.id, o.id) AS listing_id,
           st.slug AS state_slug, c.slug AS city_slug, coalesce(f.languages, '{}') AS languages, f."timeZone" AS time_zone,
           amparo_fold(concat_ws(' ', amparo_all_locales(o.name), amparo_all_locales(o.acronym))) AS name_doc,
           amparo_fold(concat_ws(' ', amparo_all_locales(o.name), amparo_all_locales(o.acronym), amparo_all_locales(o.description),
             amparo_all_locales(f.name), amparo_all_locales(c.name), amparo_all_locales(st.name), f.colonia, f.municipality)) AS doc
    FROM "Organization" o
    LEFT JOIN "Office" f ON f."organizationId" = o.id AND f.published
    LEFT JOIN "City" c ON c.id = f."cityId"
    LEFT JOIN "State" st ON st.id = c."stateId"
    WHERE o.published
      AND (f.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "Office" f2 WHERE f2."organizationId" = o.id AND f2.published))
  ),
  listing_service AS (
    -- A service applies to an office it is linked to, or to every office when it is linked to none.
    SELECT l.listing_id, sv.type::text AS type, sv.populations::text[] AS populations
    FROM listing l
    JOIN "Service" sv ON sv."organizationId" = l.org_id AND sv.published
    WHERE l.office_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = sv.id)
       OR EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = sv.id AND sa."officeId" = l.office_id)
  )`;

export type Dimension = "state" | "city" | "service" | "population" | "language";

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/** The service part of a filter: type and population must hold for the same service. */
export function serviceCondition(filters: Pick<DirectoryFilters, "service" | "population">, alias = "ls"): Prisma.Sql[] {
  const ls = Prisma.raw(alias);
  return [
    ...(filters.service ? [Prisma.sql`${ls}.type = ${filters.service}`] : []),
    ...(filters.population ? [Prisma.sql`${filters.population} = ANY(${ls}.populations)`] : []),
  ];
}

/** WHERE for listings matching every filter except `except` (for that dimension's counts). */
export function listingConditions(
  filters: DirectoryFilters,
  search: SearchQuery | null,
  now: Date,
  except?: Dimension,
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.state && except !== "state") conditions.push(Prisma.sql`l.state_slug = ${filters.state}`);
  if (filters.city && except !== "city") conditions.push(Prisma.sql`l.city_slug = ${filters.city}`);
  if (filters.language && except !== "language") conditions.push(Prisma.sql`${filters.language} = ANY(l.languages)`);
  const service = serviceCondition({
    service: except === "service" ? undefined : filters.service,
    population: except === "population" ? undefined : filters.population,
  });
  if (service.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM listing_service ls WHERE ls.listing_id = l.listing_id AND ${and(service)})`);
  }
  if (filters.open) {
    // Opening hours are local to the office: compare with the office's own clock.
    const local = Prisma.sql`(${now}::timestamptz AT TIME ZONE l.time_zone)`;
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "OpeningHours" h
      WHERE h."officeId" = l.office_id
        AND h.weekday = extract(isodow FROM ${local})::int
        AND to_char(${local}, 'HH24:MI') >= h.opens
        AND to_char(${local}, 'HH24:MI') < h.closes)`);
  }
  for (const term of search?.terms ?? []) {
    // Each word must match: in the text (accents and case folded), as a near
    // spelling (trigram word similarity, for typos), or as a kind of help.
    const alternatives = [
      Prisma.sql`strpos(l.doc, ${term.word}) > 0`,
      ...(term.word.length >= 4 ? [Prisma.sql`${term.word} <% l.doc`] : []),
      ...(term.serviceTypes.length
        ? [Prisma.sql`EXISTS (SELECT 1 FROM listing_service ls WHERE ls.listing_id = l.listing_id AND ls.type = ANY(${term.serviceTypes}::text[]))`]
        : []),
    ];
    conditions.push(Prisma.sql`(${Prisma.join(alternatives, " OR ")})`);
  }
  return and(conditions);
}

/** Name matches first, then closer spellings of the name, then alphabetical. */
export function listingOrder(search: SearchQuery | null, locale: string): Prisma.Sql {
  const byName = Prisma.sql`amparo_fold(coalesce(o.name->>${locale}, amparo_all_locales(o.name))), l.city_slug NULLS LAST, l.listing_id`;
  if (!search) return byName;
  const allInName = Prisma.join(
    search.terms.map((term) => Prisma.sql`strpos(l.name_doc, ${term.word}) > 0`),
    " AND ",
  );
  return Prisma.sql`
    (CASE WHEN strpos(l.name_doc, ${search.folded}) > 0 THEN 2 WHEN ${allInName} THEN 1 ELSE 0 END) DESC,
    word_similarity(${search.folded}, l.name_doc) DESC, ${byName}`;
}
