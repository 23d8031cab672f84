import "server-only";
// When a search finds nothing: the nearest searches that do find something,
// each a link with its count. Each is the same search with one thing let go
// (open now, a language, the city for its state, a population, the words no
// listing has, the place, the kind of help), read exactly as the page would
// read its link, so the count is what the link shows.
import { countDirectoryQueries, resolveDirectoryQuery, type DirectoryQuery } from "@/lib/data/directory-query";
import { loadSearchPlaces, type SearchPlaces } from "@/lib/data/search-places";
import type { Population, ServiceType } from "@/lib/taxonomy";
import { textWithout } from "@/lib/search/lexicon";
import { queryWithout } from "@/lib/search/understand";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";

export type Suggestion = {
  /** What is let go: its label on the page. */
  relax:
    | { kind: "open" }
    | { kind: "language" }
    | { kind: "state"; state: string }
    | { kind: "population"; population: Population }
    | { kind: "words"; words: string }
    | { kind: "place" }
    | { kind: "service"; serviceTypes: ServiceType[] };
  /** The parameters of the search it leads to (page 1). */
  filters: DirectoryFilters;
  total: number;
  /** How many of those are phone lines or remote help. */
  remote: number;
};

/** At most this many suggestions, the nearest first. */
const maxSuggestions = 4;

function candidates(query: DirectoryQuery, places: SearchPlaces): { relax: Suggestion["relax"]; filters: DirectoryFilters }[] {
  const { filters, read, effective } = query;
  const base: DirectoryFilters = { ...filters, page: 1 };
  const q = filters.q ?? "";
  const withQ = (text: string): DirectoryFilters => ({ ...base, q: text || undefined });
  const partOf = (kind: "place" | "service" | "population") => read?.parts.find((part) => part.kind === kind);
  const placePart = partOf("place");
  const populationPart = partOf("population");
  const servicePart = partOf("service");
  const list: { relax: Suggestion["relax"]; filters: DirectoryFilters }[] = [];
  if (filters.open) list.push({ relax: { kind: "open" }, filters: { ...base, open: undefined } });
  if (filters.language) list.push({ relax: { kind: "language" }, filters: { ...base, language: undefined } });
  // The city's state: the city chosen, or the one the text names (taken out of the text).
  const citySlug = effective.city;
  const stateOfCity = placePart?.kind === "place" && placePart.place.kind === "city" ? placePart.place.stateSlug : places.places.find((place) => place.kind === "city" && place.slug === citySlug)?.stateSlug;
  if (citySlug && stateOfCity) {
    const fromText = placePart?.kind === "place" && placePart.place.kind === "city";
    const without = fromText && read ? withQ(queryWithout(q, read.understanding, placePart)) : base;
    list.push({ relax: { kind: "state", state: stateOfCity }, filters: { ...without, city: undefined, state: stateOfCity } });
  }
  if (filters.population) list.push({ relax: { kind: "population", population: filters.population }, filters: { ...base, population: undefined } });
  else if (populationPart?.kind === "population" && read) {
    list.push({ relax: { kind: "population", population: populationPart.population }, filters: withQ(queryWithout(q, read.understanding, populationPart)) });
  }
  // The words no listing has with the rest, when they were required.
  if (read && !query.loosened && read.understanding.remainingTokens.length && read.understanding.remaining.length) {
    const words = read.understanding.remainingTokens.map((index) => read.understanding.tokens[index]!.text).join(" ");
    list.push({ relax: { kind: "words", words }, filters: withQ(textWithout(q, read.understanding.tokens, read.understanding.remainingTokens)) });
  }
  if (effective.city || effective.state) {
    const without = placePart && read ? withQ(queryWithout(q, read.understanding, placePart)) : base;
    list.push({ relax: { kind: "place" }, filters: { ...without, city: undefined, state: undefined } });
  }
  if (filters.service) list.push({ relax: { kind: "service", serviceTypes: [filters.service] }, filters: { ...base, service: undefined } });
  else if (servicePart?.kind === "service" && read) {
    list.push({ relax: { kind: "service", serviceTypes: servicePart.serviceTypes }, filters: withQ(queryWithout(q, read.understanding, servicePart)) });
  }
  return list;
}

/** The nearest searches with results, for a search that found none. */
export async function suggestRelaxations(query: DirectoryQuery, now: Date): Promise<Suggestion[]> {
  const places = query.places ?? (await loadSearchPlaces());
  // A search of nothing at all (the whole directory) is no suggestion.
  const criteria = ({ page: _page, ...rest }: DirectoryFilters) => Object.values(rest).some((value) => value !== undefined);
  const offered = candidates(query, places).filter((candidate) => criteria(candidate.filters));
  const resolved = await Promise.all(offered.map((candidate) => resolveDirectoryQuery(candidate.filters, now)));
  const counts = await countDirectoryQueries(resolved, now);
  return offered
    .map((candidate, index) => ({ ...candidate, ...counts[index]! }))
    .filter((suggestion) => suggestion.total > 0)
    .slice(0, maxSuggestions);
}
