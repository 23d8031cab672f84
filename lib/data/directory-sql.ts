// The SQL behind the directory: one "listing" per published office, plus one
// per published organisation that has no published office (national bodies,
// remote services), read from the directory_listing views and filtered and
// searched inside PostgreSQL. Every value is a bound parameter; user text
// never becomes SQL.
import { Prisma } from "@/prisma/generated/client";
import type { SearchQuery } from "@/lib/search/query";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";

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

/** WHERE for the filters (not the text), except `except` (for that dimension's counts). */
export function filterConditions(filters: DirectoryFilters, except?: Dimension): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.state && except !== "state") conditions.push(Prisma.sql`l.state_slug = ${filters.state}`);
  if (filters.city && except !== "city") conditions.push(Prisma.sql`l.city_slug = ${filters.city}`);
  if (filters.language && except !== "language") conditions.push(Prisma.sql`${filters.language} = ANY(l.languages)`);
  const service = serviceCondition({
    service: except === "service" ? undefined : filters.service,
    population: except === "population" ? undefined : filters.population,
  });
  if (service.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM directory_listing_service ls WHERE ls.listing_id = l.listing_id AND ${and(service)})`);
  }
  // The offices open now come from the open_now CTE: the query must start with withOpenNow.
  if (filters.open) conditions.push(Prisma.sql`l.office_id IN (SELECT office_id FROM open_now)`);
  return and(conditions);
}

/**
 * `WITH` clause for a query whose conditions come from filterConditions: with
 * "open now", the offices open at `now` in their own clock (opening hours are
 * local to the office), matched once instead of once per listing in each of
 * the query's counts. `more` are further CTEs of the same query.
 */
export function withOpenNow(filters: DirectoryFilters, now: Date, more: Prisma.Sql[] = []): Prisma.Sql {
  const local = Prisma.sql`(${now}::timestamptz AT TIME ZONE l.time_zone)`;
  const ctes = [
    ...(filters.open
      ? [
          Prisma.sql`open_now AS MATERIALIZED (
      SELECT DISTINCT h."officeId" AS office_id
      FROM directory_listing l JOIN "OpeningHours" h ON h."officeId" = l.office_id
      WHERE h.weekday = extract(isodow FROM ${local})::int
        AND to_char(${local}, 'HH24:MI') >= h.opens
        AND to_char(${local}, 'HH24:MI') < h.closes)`,
        ]
      : []),
    ...more,
  ];
  return ctes.length ? Prisma.sql`WITH ${Prisma.join(ctes, ", ")}` : Prisma.empty;
}

/** WHERE for the typed words: each must match the text, a near spelling, or a kind of help. */
export function textConditions(search: SearchQuery | null): Prisma.Sql {
  return and(
    (search?.terms ?? []).map((term) => {
      // Both text tests can use the trigram index on doc; words hold only [a-z0-9].
      // Written as IN (subquery) sets so that each is computed once, the text one
      // through the index, instead of testing every listing row by row.
      const textMatch = [
        Prisma.sql`t.doc LIKE ${`%${term.word}%`}`,
        ...(term.word.length >= 4 ? [Prisma.sql`${term.word} <% t.doc`] : []),
      ];
      const alternatives = [
        Prisma.sql`l.listing_id IN (SELECT t.listing_id FROM directory_listing t WHERE ${Prisma.join(textMatch, " OR ")})`,
        ...(term.serviceTypes.length
          ? [Prisma.sql`l.listing_id IN (SELECT ls.listing_id FROM directory_listing_service ls WHERE ls.type = ANY(${term.serviceTypes}::text[]))`]
          : []),
      ];
      return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
    }),
  );
}

/**
 * How many listings each filter value would give, all dimensions in one query.
 * The typed words, which cost the most, are matched once (a materialized CTE)
 * and every count starts from those listings.
 */
export function facetCountsQuery(filters: DirectoryFilters, search: SearchQuery | null, now: Date): Prisma.Sql {
  const source = search
    ? Prisma.sql`(SELECT l.* FROM directory_listing l JOIN matched m ON m.listing_id = l.listing_id)`
    : Prisma.sql`directory_listing`;
  const where = (except: Dimension) => filterConditions(filters, except);
  const sameService = (condition: Pick<DirectoryFilters, "service" | "population">) => and([Prisma.sql`TRUE`, ...serviceCondition(condition)]);
  return Prisma.sql`
    ${withOpenNow(filters, now, search ? [Prisma.sql`matched AS MATERIALIZED (SELECT l.listing_id FROM directory_listing l WHERE ${textConditions(search)})`] : [])}
    SELECT 'state' AS dimension, l.state_slug AS value, count(*) AS count
      FROM ${source} l WHERE ${where("state")} AND l.state_slug IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'city', l.city_slug, count(*) FROM ${source} l WHERE ${where("city")} AND l.city_slug IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'language', lang, count(*) FROM ${source} l, unnest(l.languages) AS lang WHERE ${where("language")} GROUP BY 2
    UNION ALL
    -- A listing counts once per kind of help, however many services of that kind it has.
    SELECT 'service', ls.type, count(DISTINCT l.listing_id)
      FROM ${source} l JOIN directory_listing_service ls ON ls.listing_id = l.listing_id
      WHERE ${where("service")} AND ${sameService({ population: filters.population })} GROUP BY 2
    UNION ALL
    SELECT 'population', p, count(DISTINCT l.listing_id)
      FROM ${source} l JOIN directory_listing_service ls ON ls.listing_id = l.listing_id, unnest(ls.populations) AS p
      WHERE ${where("population")} AND ${sameService({ service: filters.service })} GROUP BY 2`;
}

/** Nothing typed and nothing chosen but the page: counts and total come precomputed (directory_facet_all). */
export function isUnfiltered(filters: DirectoryFilters, search: SearchQuery | null): boolean {
  return !search && !filters.state && !filters.city && !filters.service && !filters.population && !filters.language && !filters.open;
}

/** Name matches first, then closer spellings of the name, then alphabetical. */
export function listingOrder(search: SearchQuery | null): Prisma.Sql {
  // By the name in the default language (precomputed and indexed), whatever the reader's.
  const byName = Prisma.sql`l.sort_name, l.city_slug NULLS LAST, l.listing_id`;
  if (!search) return byName;
  const allInName = Prisma.join(
    search.terms.map((term) => Prisma.sql`strpos(l.name_doc, ${term.word}) > 0`),
    " AND ",
  );
  return Prisma.sql`
    (CASE WHEN strpos(l.name_doc, ${search.folded}) > 0 THEN 2 WHEN ${allInName} THEN 1 ELSE 0 END) DESC,
    word_similarity(${search.folded}, l.name_doc) DESC, ${byName}`;
}
