// What a person's query means: the place it names, the kinds of help and the
// people it asks for, the words left to look for in the listings' text, and
// whether it is a question. Pure: the known places come from the caller
// (lib/data/search-places.ts reads them from the database once).
// docs/decisions/019-search-understanding.md
import { buildLexicon, readLexicon, stemText, textWithout, tokenize, type Lexicon, type Token } from "@/lib/search/lexicon";
import { fold } from "@/lib/search/fold";
import { fillerWords, placeAliases, populationVocabulary, questionOpeners, serviceVocabulary } from "@/lib/search/vocabulary";
import type { Population, ServiceType } from "@/lib/taxonomy";

/** A state or city of the database, with its names (any case and accents) in every language. */
export type KnownPlace = { kind: "state" | "city"; slug: string; stateSlug: string; names: string[] };

export type PlaceRef = { kind: "state" | "city"; slug: string; stateSlug: string };

type Meaning =
  | { kind: "service"; serviceTypes: ServiceType[] }
  | { kind: "population"; population: Population }
  | { kind: "place"; place: PlaceRef };

export type UnderstoodPart = Meaning & {
  /** The indexes of the words it was read from, in `Understanding.tokens`. */
  tokens: number[];
  /** The words as the person typed them. */
  typed: string;
  /** The same, folded, one by one; for a forgiven typo, the words it was read as. */
  typedWords: string[];
  /** A typo was forgiven ("abogdo" read as "abogado"). */
  corrected: boolean;
  /** What to look for in the listings' text too (folded): a name or description that says it also counts. */
  words: string[];
};

export type Understanding = {
  tokens: Token[];
  /** In the order they were typed; at most one place. */
  parts: UnderstoodPart[];
  /** Folded words that are neither understood nor filler: searched in the listings' text. */
  remaining: string[];
  /** The indexes of those words in `tokens`. */
  remainingTokens: number[];
  /** The query asks something ("¿cuántos días…?", "how many days…"). */
  question: boolean;
};

const sameMeaning = (a: Meaning, b: Meaning) => JSON.stringify(a) === JSON.stringify(b);

const vocabularyLexicon = buildLexicon<Meaning>(
  [
    ...serviceVocabulary.flatMap(([type, entries]) =>
      entries.map((entry) => ({ ...entry, meaning: { kind: "service", serviceTypes: [type] } as Meaning })),
    ),
    ...populationVocabulary.flatMap(([population, entries]) =>
      entries.map((entry) => ({ ...entry, meaning: { kind: "population", population } as Meaning })),
    ),
  ],
  sameMeaning,
);

const placeWords = (name: string) => fold(name).replace(/[^a-z0-9]+/g, " ").trim();

// The places of one database, read once per list (the list itself is cached by its loader).
const lexiconByPlaces = new WeakMap<KnownPlace[], Lexicon<Meaning>>();

function lexiconFor(places: KnownPlace[]): Lexicon<Meaning> {
  const cached = lexiconByPlaces.get(places);
  if (cached) return cached;
  const bySlug = new Map(places.map((place) => [`${place.kind}:${place.slug}`, place]));
  // A state and a city of the same name (Durango, Aguascalientes): the state, which holds the city.
  const ordered = [...places].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "state" ? -1 : 1));
  const items = [
    ...ordered.map((place) => ({ place, names: place.names.map(placeWords) })),
    ...placeAliases.flatMap((alias) => {
      const place = bySlug.get(`${alias.kind}:${alias.slug}`);
      return place ? [{ place, names: alias.names }] : [];
    }),
  ].flatMap(({ place, names }) =>
    names.map((name) => ({
      forms: [name],
      base: name,
      meaning: { kind: "place", place: { kind: place.kind, slug: place.slug, stateSlug: place.stateSlug } } as Meaning,
    })),
  );
  const placesOnly = buildLexicon<Meaning>(items, (a, b) => a.kind === "place" && b.kind === "place");
  // Vocabulary first: a word that is both ("refugio" is no place) keeps its meaning as help.
  const lexicon: Lexicon<Meaning> = {
    entries: [...vocabularyLexicon.entries, ...placesOnly.entries],
    known: new Set([...vocabularyLexicon.known, ...placesOnly.known]),
  };
  lexiconByPlaces.set(places, lexicon);
  return lexicon;
}

/** The words to look for in the listings' text: the entry's base ("abogad") and the form read ("abogado", also for "abogdo"). */
function textWords(base: string, form: string): string[] {
  return [...new Set([stemText(base), stemText(form)])];
}

/**
 * Reads a query. Places become the place of the search, kinds of help and
 * populations are recognised from everyday words in Spanish and English (with
 * plurals, both genders and one typo in longer words), filler words are
 * dropped, and the rest is left to match the listings' text.
 */
export function understandQuery(text: string, places: KnownPlace[]): Understanding {
  const tokens = tokenize(text);
  const { matches, unmatched } = readLexicon(tokens, lexiconFor(places), { fuzzy: true });
  const parts: UnderstoodPart[] = [];
  const key = (meaning: Meaning) =>
    meaning.kind === "service" ? `service:${meaning.serviceTypes.join(",")}` : meaning.kind === "population" ? `population:${meaning.population}` : "place";
  for (const match of matches) {
    const indexes = Array.from({ length: match.length }, (_, k) => match.first + k);
    const typed = text.slice(tokens[match.first]!.start, tokens[match.first + match.length - 1]!.end);
    const form = match.entry.words.join(" ");
    // One entry can mean a kind of help and a population at once; a word that names two
    // kinds of help ("refugio": asylum, shelter) stays one part with both.
    const services = match.entry.meanings.flatMap((meaning) => (meaning.kind === "service" ? meaning.serviceTypes : []));
    const meanings: Meaning[] = [
      ...(services.length ? [{ kind: "service", serviceTypes: [...new Set(services)].sort() } as Meaning] : []),
      ...match.entry.meanings.filter((meaning) => meaning.kind !== "service"),
    ];
    for (const meaning of meanings) {
      const existing = parts.find((part) => key(part) === key(meaning));
      if (meaning.kind === "place" && existing?.kind === "place") {
        // A second place: a city of the state already named (or the state of the city named) narrows
        // or repeats it, two cities of one state make the state, and a place in another state is left
        // out, since a search has one place.
        const first = existing.place;
        const second = meaning.place;
        if (first.stateSlug !== second.stateSlug) continue;
        if (first.kind === "state" && second.kind === "city") existing.place = second;
        if (first.kind === "city" && second.kind === "city" && first.slug !== second.slug) {
          existing.place = { kind: "state", slug: first.stateSlug, stateSlug: first.stateSlug };
        }
      }
      if (existing) {
        existing.tokens.push(...indexes);
        existing.typed = `${existing.typed} ${typed}`;
        existing.typedWords.push(...(match.corrected ? match.entry.words : indexes.map((index) => tokens[index]!.word)));
        existing.corrected ||= match.corrected;
        existing.words = [...new Set([...existing.words, ...textWords(match.entry.base, form)])];
        continue;
      }
      parts.push({
        ...meaning,
        tokens: indexes,
        typed,
        typedWords: match.corrected ? [...match.entry.words] : indexes.map((index) => tokens[index]!.word),
        corrected: match.corrected,
        words: textWords(match.entry.base, form),
      });
    }
  }
  const remainingTokens = unmatched.filter((index) => tokens[index]!.word.length > 1 && !fillerWords.has(tokens[index]!.word));
  const remaining = [...new Set(remainingTokens.map((index) => tokens[index]!.word))];
  return { tokens, parts, remaining, remainingTokens, question: isQuestion(text, tokens) };
}

/** A question mark, or a first word that opens a question ("cómo", "how"). */
export function isQuestion(text: string, tokens: Token[] = tokenize(text)): boolean {
  return /[?¿]/.test(text) || (tokens[0] !== undefined && questionOpeners.has(tokens[0].word));
}

/** Small words that tie a part to the rest ("en" Tapachula, "para" mujeres): they go with it. */
const connectors = new Set("a al con de del el en la las los para por un una cerca the a an for in of with near at".split(" "));

/**
 * The query's text without one understood part: where its "undo" link leads.
 * "albergue para mujeres en tapachula" without Tapachula is "albergue para mujeres".
 */
export function queryWithout(text: string, understanding: Understanding, part: UnderstoodPart): string {
  const { tokens } = understanding;
  const indexes = new Set(part.tokens);
  const taken = new Set(understanding.parts.flatMap((other) => other.tokens));
  for (const index of part.tokens) {
    for (let before = index - 1; before >= 0 && !taken.has(before) && !indexes.has(before) && connectors.has(tokens[before]!.word); before--) {
      // Only a word right before it, with nothing but spaces between.
      if (text.slice(tokens[before]!.end, tokens[before + 1]!.start).trim() !== "") break;
      indexes.add(before);
    }
  }
  return textWithout(text, tokens, [...indexes]);
}
