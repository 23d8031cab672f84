// The SQL behind the directory: one "listing" per published office, plus one
// per published organisation that has no published office (national bodies,
// remote services), read from the directory_listing views and filtered and
// searched inside PostgreSQL. Every value is a bound parameter; user text
// never becomes SQL. Remote listings (no office, or an office of kind remote)
// have no state or city and come after the places; those of national bodies
// ("everywhere") stay in the results when a place is chosen
// (docs/decisions/016-remote-listings.md).
import { Prisma } from "@/prisma/generated/client";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { SearchQuery } from "@/lib/search/query";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";

export type Dimension = "state" | "city" | "service" | "population" | "language";

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/**
 * A service's own type and population (`alias`.type, `alias`.populations):
 * what the API's service search tests each service with.
 */
export function serviceCondition(filters: Pick<DirectoryFilters, "service" | "population">, alias: string): Prisma.Sql[] {
  const s = Prisma.raw(alias);
  return [
    ...(filters.service ? [Prisma.sql`${s}.type = ${filters.service}`] : []),
    ...(filters.population ? [Prisma.sql`${filters.population} = ANY(${s}.populations)`] : []),
  ];
}

/**
 * A listing's kinds of help: type and population must hold for the same
 * service, which the listing's 'type/population' pairs say. Written with @>
 * so that the arrays' GIN indexes apply.
 */
function helpCondition(filters: Pick<DirectoryFilters, "service" | "population">): Prisma.Sql[] {
  if (filters.service && filters.population) return [Prisma.sql`l.service_populations @> ARRAY[${`${filters.service}/${filters.population}`}]::text[]`];
  if (filters.service) return [Prisma.sql`l.service_types @> ARRAY[${filters.service}]::text[]`];
  if (filters.population) return [Prisma.sql`l.populations @> ARRAY[${filters.population}]::text[]`];
  return [];
}

// Open now: the current minute of the week on the clock of the listing's time zone
// (zone_clock, from withOpenNow) falls within its week of opening hours. The first
// test, open at the current minute of any zone, is the one the index answers.
const openNowCondition = Prisma.sql`l.open_week && (SELECT any_minute FROM zone_clock)
  AND l.open_week @> (SELECT minutes FROM zone_clock)[array_position((SELECT zones FROM zone_clock), l.time_zone)]`;

/** WHERE for the filters (not the text), except `except` (for that dimension's counts). */
export function filterConditions(filters: DirectoryFilters, except?: Dimension): Prisma.Sql {
  return and(filterConditionList(filters, except));
}

function filterConditionList(filters: DirectoryFilters, except?: Dimension): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.state && except !== "state") conditions.push(Prisma.sql`(l.state_slug = ${filters.state} OR l.everywhere)`);
  if (filters.city && except !== "city") conditions.push(Prisma.sql`(l.city_slug = ${filters.city} OR l.everywhere)`);
  if (filters.language && except !== "language") conditions.push(Prisma.sql`${filters.language} = ANY(l.languages)`);
  conditions.push(
    ...helpCondition({
      service: except === "service" ? undefined : filters.service,
      population: except === "population" ? undefined : filters.population,
    }),
  );
  // The clock of each time zone comes from the zone_clock CTE: the query must start with withOpenNow.
  if (filters.open) conditions.push(openNowCondition);
  return conditions;
}

/**
 * `WITH` clause for a query whose conditions come from filterConditions: with
 * "open now", the clock of each time zone of the listings (listed in
 * directory_facet_all) at `now`, read once, as the minute of the week since
 * Monday 00:00: opening hours are local to each office. `more` are further CTEs
 * of the same query.
 */
export function withOpenNow(filters: DirectoryFilters, now: Date, more: Prisma.Sql[] = []): Prisma.Sql {
  const ctes = [
    ...(filters.open
      ? [
          Prisma.sql`zone_clock AS MATERIALIZED (
      SELECT array_agg(m.time_zone) AS zones, array_agg(m.minute) AS minutes,
             range_agg(int4range(m.minute, m.minute + 1)) AS any_minute
      FROM (SELECT z.time_zone,
                   (extract(isodow FROM z.local)::int - 1) * 1440 + extract(hour FROM z.local)::int * 60 + extract(minute FROM z.local)::int AS minute
            FROM (SELECT value AS time_zone, (${now}::timestamptz AT TIME ZONE value) AS local
                  FROM directory_facet_all WHERE dimension = 'time_zone') z) m)`,
        ]
      : []),
    ...more,
  ];
  return ctes.length ? Prisma.sql`WITH ${Prisma.join(ctes, ", ")}` : Prisma.empty;
}

/**
 * WHERE for the typed words: each term must match the text, a near spelling,
 * a kind of help or a population. Every test is on the listing's own row and
 * has an index (the trigram index on doc, the GIN indexes on service_types and
 * populations), so PostgreSQL combines them into one bitmap scan instead of
 * testing each listing.
 */
export function textConditions(search: SearchQuery | null): Prisma.Sql {
  return and(
    (search?.terms ?? []).map((term) => {
      // Words hold only [a-z0-9 ], so they need no escaping inside LIKE. A near
      // spelling is looked up among the listings' distinct words (directory_word,
      // a few thousand short ones), and the listings holding them through the index.
      const alternatives = [
        ...term.words.map((word) => Prisma.sql`l.doc LIKE ${`%${word}%`}`),
        ...term.words
          .filter((word) => term.nearSpelling && word.length >= 4)
          .map((word) => Prisma.sql`l.doc LIKE ANY (ARRAY(SELECT '%' || w.word || '%' FROM directory_word w WHERE ${word} <% w.word))`),
        ...(term.serviceTypes.length ? [Prisma.sql`l.service_types && ${term.serviceTypes}::text[]`] : []),
        ...(term.populations.length ? [Prisma.sql`l.populations && ${term.populations}::text[]`] : []),
      ];
      return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
    }),
  );
}

/**
 * How many listings each filter value would give, all dimensions in one query.
 * The typed words and "open now", which cost the most, are matched once (a
 * materialized CTE holding the columns the counts need) and every count starts
 * from those listings. Each listing is one row: its kinds of help and populations are
 * arrays, and a listing counts once per value. Counts over the whole directory come
 * precomputed (directory_facet_all) unless `live` (a test compares the two). `placeFilters`:
 * the place chosen in the menus, when `filters` hold a place read from the typed words.
 */
export function facetCountsQuery(
  filters: DirectoryFilters,
  search: SearchQuery | null,
  now: Date,
  { live = false, placeFilters = filters }: { live?: boolean; placeFilters?: Pick<DirectoryFilters, "state" | "city"> } = {},
): Prisma.Sql {
  // Nothing typed or chosen: every count, and the total, are precomputed.
  if (!live && isUnfiltered(filters, search)) return Prisma.sql`SELECT dimension, value, count FROM directory_facet_all`;
  // "Open now" has no counts of its own, so like the words it narrows every count: it is applied once, in `matched`.
  const narrowed = Boolean(search || filters.open);
  const source = narrowed ? Prisma.sql`matched` : Prisma.sql`directory_listing`;
  const matched = Prisma.sql`matched AS MATERIALIZED (
      SELECT l.listing_id, l.state_slug, l.city_slug, l.everywhere, l.languages, l.service_types, l.populations, l.service_populations, l.open_week
      FROM directory_listing l
      WHERE ${textConditions(search)} AND ${filters.open ? openNowCondition : Prisma.sql`TRUE`})`;
  // Choosing a state or a city replaces a place read from the text: their options count without it.
  const conditions = (except: Dimension) =>
    filterConditionList(
      { ...filters, ...(except === "state" || except === "city" ? { state: placeFilters.state, city: placeFilters.city } : {}), open: undefined },
      except,
    );
  const where = (except: Dimension) => and(conditions(except));
  // Each value in a listing's array counts that listing once (arrays hold no repeats). unnest()
  // in the select list costs about half of a lateral unnest per row.
  type ArrayColumn = "languages" | "service_types" | "populations" | "service_populations";
  const countEach = (dimension: Dimension, array: ArrayColumn, value = Prisma.sql`v`, having = Prisma.sql`TRUE`) =>
    Prisma.sql`SELECT ${dimension}, ${value}, count(*)
      FROM (SELECT unnest(l.${Prisma.raw(array)}) AS v FROM ${source} l WHERE ${where(dimension)}) x WHERE ${having} GROUP BY 2`;
  // With a population chosen, a kind of help counts only where a service of that kind serves it (and the other way round).
  const services = filters.population
    ? countEach("service", "service_populations", Prisma.sql`split_part(v, '/', 1)`, Prisma.sql`split_part(v, '/', 2) = ${filters.population}`)
    : countEach("service", "service_types");
  const populations = filters.service
    ? countEach("population", "service_populations", Prisma.sql`split_part(v, '/', 2)`, Prisma.sql`split_part(v, '/', 1) = ${filters.service}`)
    : countEach("population", "populations");
  // A dimension whose counts depend on no other choice (a city's counts when only a city is chosen)
  // has them precomputed: the counts over the whole directory.
  const counts = (dimension: Dimension, query: Prisma.Sql) =>
    live || narrowed || conditions(dimension).length > 0
      ? query
      : Prisma.sql`SELECT dimension, value, count FROM directory_facet_all WHERE dimension = ${dimension}`;
  // A place counts its own listings and those that serve everywhere (which choosing it keeps).
  const countPlaces = (dimension: "state" | "city") => {
    const column = Prisma.raw(dimension === "state" ? "l.state_slug" : "l.city_slug");
    return Prisma.sql`SELECT ${dimension} AS dimension, p.value, p.count + (SELECT count(*) FROM ${source} l WHERE ${where(dimension)} AND l.everywhere) AS count
      FROM (SELECT ${column} AS value, count(*) AS count FROM ${source} l WHERE ${where(dimension)} AND ${column} IS NOT NULL GROUP BY 1) p`;
  };
  // How many of the results (as if "open now" were off) publish opening hours: the page offers
  // "open now" only when enough do (docs/decisions/022-first-minute-on-a-phone.md).
  const hoursConditions = filterConditionList({ ...filters, open: undefined });
  const hours =
    live || narrowed || hoursConditions.length > 0
      ? Prisma.sql`SELECT 'hours', '', count(*) FROM ${source} l WHERE ${and(hoursConditions)} AND l.open_week IS NOT NULL`
      : Prisma.sql`SELECT dimension, value, count FROM directory_facet_all WHERE dimension = 'hours'`;
  return Prisma.sql`
    ${withOpenNow(filters, now, narrowed ? [matched] : [])}
    ${counts("state", countPlaces("state"))}
    UNION ALL
    ${counts("city", countPlaces("city"))}
    UNION ALL
    ${counts("language", countEach("language", "languages"))}
    UNION ALL
    ${counts("service", services)}
    UNION ALL
    ${counts("population", populations)}
    UNION ALL
    ${hours}`;
}

/** Nothing typed and nothing chosen but the page: counts and total come precomputed (directory_facet_all). */
export function isUnfiltered(filters: DirectoryFilters, search: SearchQuery | null): boolean {
  return !search && !filters.state && !filters.city && !filters.service && !filters.population && !filters.language && !filters.open;
}

/** WHERE for a listing that matches the filters and the typed words (queries start with withOpenNow). */
export function matchConditions(filters: DirectoryFilters, search: SearchQuery | null): Prisma.Sql {
  return Prisma.sql`${filterConditions(filters)} AND ${textConditions(search)}`;
}

/**
 * One page of results: `org_id`, `office_id`, and `total`, the number of matches (NULL when
 * nothing is typed or chosen: directory_facet_all has it). The unfiltered directory is read
 * straight in name order. Otherwise the listings that match are gathered first, through the
 * indexes: left to itself, PostgreSQL walks the name order and tests every listing, expecting
 * LIMIT to stop it early, but the total (count(*) OVER ()) needs every match. A name's likeness
 * to the typed words is worked out once per name, not once per office.
 */
export function resultPageQuery(
  filters: DirectoryFilters,
  search: SearchQuery | null,
  now: Date,
  page: { limit: number; offset: number },
  locale: Locale,
) {
  const paging = Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  if (isUnfiltered(filters, search)) {
    return Prisma.sql`SELECT l.org_id, l.office_id, NULL AS total FROM directory_listing l ORDER BY ${listingOrder(null, locale)} ${paging}`;
  }
  // What a listing gives of what was asked for (need) is worked out here, on the listing's own row:
  // carrying its arrays to the sort would make every matched row wider.
  const need = search ? needScore(search) : null;
  const hits = Prisma.sql`hits AS MATERIALIZED (
      SELECT l.listing_id, l.org_id, l.office_id, l.group_rank, l.country, l.sort_name, l.sort_names, l.city_slug, l.name_doc,
             ${need ?? Prisma.sql`0`} AS need
      FROM directory_listing l
      WHERE ${matchConditions(filters, search)})`;
  if (!search) {
    return Prisma.sql`${withOpenNow(filters, now, [hits])}
      SELECT l.org_id, l.office_id, count(*) OVER () AS total FROM hits l ORDER BY ${listingOrder(null, locale)} ${paging}`;
  }
  const names = Prisma.sql`names AS MATERIALIZED (
      SELECT n.name_doc, word_similarity(${search.folded}, n.name_doc) AS similarity FROM (SELECT DISTINCT name_doc FROM hits) n)`;
  return Prisma.sql`${withOpenNow(filters, now, [hits, names])}
    SELECT l.org_id, l.office_id, count(*) OVER () AS total FROM hits l JOIN names n ON n.name_doc = l.name_doc
    ORDER BY ${listingOrder(search, locale, { similarity: Prisma.sql`n.similarity`, need: Prisma.sql`l.need` })} ${paging}`;
}

/**
 * A listing's name as the reader sees it, folded, for the alphabetical order: the organisation's name in the
 * reader's language, or the Spanish one it falls back to (decision 023). The default language reads the
 * precomputed column, English the expression its index is built on (migration 20261203160000). The language is
 * written into the SQL, not bound: an index on an expression applies only to that expression with the same
 * constant. It is one of the site's locale codes, checked here, never text from a request.
 */
export function sortName(locale: Locale): Prisma.Sql {
  if (locale === defaultLocale) return Prisma.sql`l.sort_name`;
  if (!isLocale(locale) || !/^[a-z]{2,3}$/.test(locale)) throw new Error(`not a locale: ${String(locale)}`);
  return Prisma.raw(`coalesce(l.sort_names ->> '${locale}', l.sort_name)`);
}

/**
 * Places in Mexico, then places in other countries (each country together), then remote
 * listings; within each group name matches first, then the listings that give what was
 * asked for (need), then closer spellings of the name, then names that begin with the typed
 * words, then alphabetical in the reader's language. `known`: the name's likeness to the
 * typed words and the need, where the query has worked them out.
 */
export function listingOrder(
  search: SearchQuery | null,
  locale: Locale,
  known: { similarity?: Prisma.Sql; need?: Prisma.Sql } = {},
): Prisma.Sql {
  const group = Prisma.sql`l.group_rank, l.country`;
  const byName = Prisma.sql`${sortName(locale)}, l.city_slug NULLS LAST, l.listing_id`;
  if (!search) return Prisma.sql`${group}, ${byName}`;
  const nameMatch = search.nameWords.length
    ? Prisma.sql`(CASE WHEN strpos(l.name_doc, ${search.folded}) > 0 THEN 2 WHEN ${Prisma.join(
        search.nameWords.map((word) => Prisma.sql`strpos(l.name_doc, ${word}) > 0`),
        " AND ",
      )} THEN 1 ELSE 0 END) DESC,`
    : Prisma.empty;
  const need = needScore(search) && (known.need ?? needScore(search));
  // Among names the typed words match equally well, the one they begin ("sin fronteras": Sin Fronteras before
  // Médicos Sin Fronteras).
  const begins = search.nameWords.length ? Prisma.sql`starts_with(${sortName(locale)}, ${search.folded}) DESC,` : Prisma.empty;
  return Prisma.sql`${group}, ${nameMatch} ${need ? Prisma.sql`${need} DESC,` : Prisma.empty}
    ${known.similarity ?? Prisma.sql`word_similarity(${search.folded}, l.name_doc)`} DESC, ${begins} ${byName}`;
}

/**
 * How much of what was asked for a listing gives: one point per kind of help and per
 * population asked for, and one more when a single service gives a kind asked for to a
 * population asked for ("albergue para mujeres": a shelter for women before a shelter
 * that also has a women's clinic).
 */
function needScore(search: SearchQuery): Prisma.Sql | null {
  const { serviceTypes, populations, pairs } = search.need;
  const points = [
    ...serviceTypes.map((types) => Prisma.sql`(l.service_types && ${types}::text[])::int`),
    ...populations.map((population) => Prisma.sql`(l.populations @> ARRAY[${population}]::text[])::int`),
    ...(pairs.length && serviceTypes.length + populations.length > 0 ? [Prisma.sql`(l.service_populations && ${pairs}::text[])::int`] : []),
  ];
  return points.length ? Prisma.sql`(${Prisma.join(points, " + ")})` : null;
}
