// How a read query (lib/search/understand.ts) and the filters chosen become one
// search: the place it applies, the terms each listing must match, and what
// ranks the listings by need. Pure; the SQL is in lib/data/directory-sql.ts.
// docs/decisions/019-search-understanding.md
import type { Population, ServiceType } from "@/lib/taxonomy";
import { understandQuery, type KnownPlace, type PlaceRef, type Understanding, type UnderstoodPart } from "@/lib/search/understand";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";
import { fillerWords } from "@/lib/search/vocabulary";

export { fold } from "@/lib/search/fold";

/**
 * One condition on a listing: its text holds one of `words`, or (for a typed
 * word) a near spelling of it, or it gives one of the kinds of help or serves
 * one of the populations.
 */
export type SearchTerm = { words: string[]; nearSpelling: boolean; serviceTypes: ServiceType[]; populations: Population[] };

export type SearchQuery = {
  /** The words that rank names: typed words, not places. */
  nameWords: string[];
  folded: string;
  /** Every term must hold. */
  terms: SearchTerm[];
  /** What was asked for, to rank by need: a listing gives each kind, serves each population, and both on one service. */
  need: { serviceTypes: ServiceType[][]; populations: Population[]; pairs: string[] };
};

/** At most this many typed words are searched; more add cost and rarely precision. */
const maxTerms = 6;

/** The part of the filters a search reads (the API and page pass theirs whole). */
type Chosen = Pick<DirectoryFilters, "q" | "state" | "city" | "service" | "population">;

export type ReadQuery = {
  understanding: Understanding;
  /** The understood parts that apply: a place the filters already set is left out. */
  parts: UnderstoodPart[];
  /** The place read from the text, when it applies. */
  place: PlaceRef | null;
  /**
   * A place read from the text that does not apply because another was chosen in the
   * menus: the page says so and offers the search in the typed place, rather than
   * dropping the person's words in silence. Null when none, or when it is the place chosen.
   */
  setAside: UnderstoodPart | null;
  /** The search when every remaining word must match. */
  strict: SearchQuery | null;
  /**
   * The search when the remaining words only rank, and with them the populations read
   * from the words when a kind of help is asked for (null when that is the strict search):
   * used when the strict one finds nothing. A question's other words always only rank:
   * they are a sentence ("¿cuántos días tengo…?").
   */
  loose: SearchQuery | null;
};

/** Reads `filters.q` (null when nothing is typed). The filters chosen win over what the text says. */
export function readQuery(filters: Chosen, places: KnownPlace[]): ReadQuery | null {
  if (!filters.q) return null;
  const understanding = understandQuery(filters.q, places);
  const parts = understanding.parts.filter((part) => part.kind !== "place" || placeApplies(part.place, filters));
  const placePart = parts.find((part) => part.kind === "place");
  const place = placePart?.kind === "place" ? placePart.place : null;
  const typedPlace = understanding.parts.find((part) => part.kind === "place");
  const setAside = typedPlace?.kind === "place" && !placeApplies(typedPlace.place, filters) && !isChosen(typedPlace.place, filters) ? typedPlace : null;
  const needParts = parts.filter((part) => part.kind !== "place");
  const withWords = buildSearch(needParts, understanding.remaining, filters);
  // When nothing has everything, a population read from the words only ranks, as long as a kind of
  // help is asked for: "busco a mi hijo desaparecido" asks for a search, not for help meant for
  // children, and listings for the people named still come first. A population chosen in the menus
  // stays a filter.
  const services = needParts.filter((part) => part.kind === "service");
  const populationsRank = services.length > 0 && services.length < needParts.length;
  const canLoosen = needParts.length > 0 && (understanding.remaining.length > 0 || populationsRank);
  if (!canLoosen) return { understanding, parts, place, setAside, strict: withWords, loose: null };
  const rankingOnly = buildSearch(needParts, [], filters, understanding.remaining);
  const loosest = populationsRank ? buildSearch(services, [], filters, understanding.remaining, needParts) : rankingOnly;
  if (understanding.question) return { understanding, parts, place, setAside, strict: rankingOnly, loose: loosest === rankingOnly ? null : loosest };
  return { understanding, parts, place, setAside, strict: withWords, loose: loosest };
}

/**
 * A place read from the text applies unless a place was chosen in the menus, which wins
 * (so that the count beside each place in the menus is what choosing it gives).
 */
function placeApplies(_place: PlaceRef, filters: Chosen): boolean {
  return !filters.city && !filters.state;
}

/** The typed place is the one chosen in the menus (nothing to say). */
function isChosen(place: PlaceRef, filters: Chosen): boolean {
  return place.kind === "city" ? filters.city === place.slug : !filters.city && filters.state === place.slug;
}

/** The filters with the place read from the text. */
export function withPlace<F extends Partial<DirectoryFilters>>(filters: F, place: PlaceRef | null): F {
  if (!place) return filters;
  return place.kind === "city" ? { ...filters, city: place.slug } : { ...filters, state: place.slug };
}

/**
 * `parts` must each hold and `required` words must each match; `rankingWords` and the
 * needs of `rankingParts` (by default the same parts) only order the results.
 */
function buildSearch(parts: UnderstoodPart[], required: string[], filters: Chosen, rankingWords: string[] = [], rankingParts = parts): SearchQuery | null {
  const conceptTerms: SearchTerm[] = parts.map((part) => ({
    words: part.words,
    nearSpelling: false,
    serviceTypes: part.kind === "service" ? part.serviceTypes : [],
    populations: part.kind === "population" ? [part.population] : [],
  }));
  const textTerms: SearchTerm[] = required.map((word) => ({ words: [word], nearSpelling: word.length >= 4, serviceTypes: [], populations: [] }));
  const terms = [...conceptTerms, ...textTerms].slice(0, maxTerms);
  // Names are ranked by what was typed (a typo by what it was read as): "albergue mujeres" for "albergue para mujeres".
  const typedWords = rankingParts.flatMap((part) => part.typedWords.filter((word) => !fillerWords.has(word)));
  const nameWords = [...new Set([...typedWords, ...required, ...rankingWords])];
  if (terms.length === 0 && nameWords.length === 0) return null;
  const serviceTypes = rankingParts.flatMap((part) => (part.kind === "service" ? [part.serviceTypes] : []));
  const populations = rankingParts.flatMap((part) => (part.kind === "population" ? [part.population] : []));
  const kinds = [...new Set([...serviceTypes.flat(), ...(filters.service ? [filters.service] : [])])];
  const people = [...new Set([...populations, ...(filters.population ? [filters.population] : [])])];
  return {
    nameWords,
    folded: nameWords.join(" "),
    terms,
    need: { serviceTypes, populations, pairs: kinds.flatMap((kind) => people.map((population) => `${kind}/${population}`)) },
  };
}
