import "server-only";
// From the directory's parameters to the search that runs: the query read with
// the places of the database, the place it names applied as the place filter
// (unless one was chosen), and its other words required, or only ranking when
// requiring them would leave nothing. The page, the API and the CSV all start
// here, so they agree. docs/decisions/019-search-understanding.md
import { db } from "@/lib/db/client";
import { Prisma } from "@/prisma/generated/client";
import { matchConditions, withOpenNow } from "@/lib/data/directory-sql";
import { loadSearchPlaces, type SearchPlaces } from "@/lib/data/search-places";
import type { Locale } from "@/lib/i18n/locales";
import { readQuery, withPlace, type ReadQuery, type SearchQuery } from "@/lib/search/query";
import { queryWithout, type PlaceRef, type UnderstoodPart } from "@/lib/search/understand";
import type { Population, ServiceType } from "@/lib/taxonomy";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";

export type DirectoryQuery = {
  /** The filters as given (the URL's). */
  filters: DirectoryFilters;
  /** The filters that apply: those given, and the place the text names. */
  effective: DirectoryFilters;
  search: SearchQuery | null;
  read: ReadQuery | null;
  places: SearchPlaces | null;
  /** The words that were not understood only rank the results: required, they left nothing. */
  loosened: boolean;
};

export async function resolveDirectoryQuery(filters: DirectoryFilters, now: Date): Promise<DirectoryQuery> {
  const places = filters.q ? await loadSearchPlaces() : null;
  const read = places ? readQuery(filters, places.places) : null;
  const effective = withPlace(filters, read?.place ?? null);
  if (!read?.loose) return { filters, effective, search: read?.strict ?? null, read, places, loosened: false };
  // The matches are gathered first (a materialized CTE), through the indexes: with a bare LIMIT 1,
  // PostgreSQL walks the whole table expecting an early match, which is slowest when there is none.
  const found = await db().$queryRaw<unknown[]>`
    ${withOpenNow(effective, now, [Prisma.sql`strict AS MATERIALIZED (SELECT l.listing_id FROM directory_listing l WHERE ${matchConditions(effective, read.strict)})`])}
    SELECT 1 FROM strict LIMIT 1`;
  return found.length
    ? { filters, effective, search: read.strict, read, places, loosened: false }
    : { filters, effective, search: read.loose, read, places, loosened: true };
}

/** How many listings a query gives, and how many of them are phone lines or remote help. */
export async function countDirectoryQuery(query: DirectoryQuery, now: Date): Promise<{ total: number; remote: number }> {
  return (await countDirectoryQueries([query], now))[0]!;
}

/** The same for several queries, in one statement (the suggestions of a search that found nothing). */
export async function countDirectoryQueries(queries: DirectoryQuery[], now: Date): Promise<{ total: number; remote: number }[]> {
  if (queries.length === 0) return [];
  // The clocks of "open now" are read once, for every count that needs them.
  const open = queries.some((query) => query.effective.open) ? ("1" as const) : undefined;
  const counts = queries.map(
    (query, index) => Prisma.sql`SELECT ${index}::int AS i, count(*) AS total, count(*) FILTER (WHERE l.remote) AS remote
      FROM directory_listing l WHERE ${matchConditions(query.effective, query.search)}`,
  );
  const rows = await db().$queryRaw<{ i: number; total: bigint; remote: bigint }[]>`
    ${withOpenNow({ page: 1, open }, now)} ${Prisma.join(counts, " UNION ALL ")}`;
  const byIndex = new Map(rows.map((row) => [row.i, { total: Number(row.total), remote: Number(row.remote) }]));
  return queries.map((_, index) => byIndex.get(index) ?? { total: 0, remote: 0 });
}

export type UnderstoodPartView = {
  /** The words as typed, and whether a typo was forgiven. */
  typed: string;
  corrected: boolean;
  /** The query without this part: where "undo" leads (empty when nothing is left). */
  without: string;
} & (
  | { kind: "service"; serviceTypes: ServiceType[] }
  | { kind: "population"; population: Population }
  | { kind: "place"; place: PlaceView }
);

export type Understood = {
  question: boolean;
  parts: UnderstoodPartView[];
  /** Words looked for in the listings' text, each required. */
  words: string[];
  /** Words that only order the results (a sentence's other words, or words no listing has with the rest). */
  rankingOnly: string[];
  /** A place typed but not searched, because the menus chose another (the page offers it). */
  placeSetAside: { typed: string; place: PlaceView } | null;
};

type PlaceView = { kind: "state" | "city"; slug: string; name: string };

/** What was understood, for the page and the API, with each part's "undo" query. Null when nothing was typed. */
export function describeUnderstanding(query: DirectoryQuery, locale: Locale): Understood | null {
  const { read, places, filters } = query;
  if (!read || !places || !filters.q) return null;
  const q = filters.q;
  const placeView = (place: PlaceRef): PlaceView => ({ kind: place.kind, slug: place.slug, name: places.name(place, locale) });
  const required = query.search?.terms.filter((term) => term.serviceTypes.length === 0 && term.populations.length === 0).flatMap((term) => term.words) ?? [];
  // A population read from the words that the search ended up not requiring only ranks: it is said so, not shown as a filter.
  const requiredPopulations = new Set(query.search?.terms.flatMap((term) => term.populations) ?? []);
  const ranksOnly = (part: UnderstoodPart) => part.kind === "population" && !requiredPopulations.has(part.population);
  return {
    question: read.understanding.question,
    parts: read.parts.filter((part) => !ranksOnly(part)).map((part) => {
      const common = { typed: part.typed, corrected: part.corrected, without: queryWithout(q, read.understanding, part) };
      if (part.kind === "service") return { ...common, kind: "service", serviceTypes: part.serviceTypes };
      if (part.kind === "population") return { ...common, kind: "population", population: part.population };
      return { ...common, kind: "place", place: placeView(part.place) };
    }),
    words: required,
    rankingOnly: [...read.parts.filter(ranksOnly).map((part) => part.typed), ...read.understanding.remaining.filter((word) => !required.includes(word))],
    placeSetAside: read.setAside?.kind === "place" ? { typed: read.setAside.typed, place: placeView(read.setAside.place) } : null,
  };
}
