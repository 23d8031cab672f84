// Which legal note answers a query: "¿cuántos días tengo para pedir refugio?"
// is answered by the note on COMAR's deadline. The notes are few (a dozen), so
// they are read whole and scored here, in both languages at once, with the
// words of lib/search/vocabulary.ts: a kind of help, a population or a topic
// ("plazo", "how many days": a deadline) counts wherever either language says
// it, other words as they are. Rare words weigh more (inverse document
// frequency), and a word in the title more than in the summary, more than in
// the body. Pure. docs/decisions/019-search-understanding.md
import { buildLexicon, readLexicon, tokenize, type Lexicon } from "@/lib/search/lexicon";
import { fillerWords, noteTopicWords, populationVocabulary, serviceVocabulary } from "@/lib/search/vocabulary";

export type NoteText = {
  slug: string;
  /** MX, international or US. */
  jurisdiction: string;
  /** Each field's text in every language. */
  title: string[];
  summary: string[];
  body: string[];
};

type Field = "title" | "summary" | "body";
const fieldWeight: Record<Field, number> = { title: 3, summary: 2, body: 1 };

export type NoteIndex = {
  notes: { slug: string; jurisdiction: string; fields: Record<Field, Set<string>> }[];
  idf: (key: string) => number;
  /** Whether any note holds the key. */
  held: (key: string) => boolean;
};

const keyLexicon: Lexicon<string> = buildLexicon<string>(
  [
    ...serviceVocabulary.flatMap(([type, entries]) => entries.map((entry) => ({ ...entry, meaning: `service:${type}` }))),
    ...populationVocabulary.flatMap(([population, entries]) => entries.map((entry) => ({ ...entry, meaning: `population:${population}` }))),
    ...Object.entries(noteTopicWords).map(([topic, forms]) => ({ forms, base: topic, meaning: `topic:${topic}` })),
  ],
  (a, b) => a === b,
);

/** A word with its plural taken off, so that "fraudes" and "fraude" are one. */
const singular = (word: string) => (word.length > 4 ? word.replace(/(?<=[^aeiou])es$|s$/, "") : word);

/**
 * What a text talks about, as keys: the meanings of the vocabulary ("service:…",
 * "population:…", "topic:…") and its words ("word:…", without plurals), filler left
 * out. A kind of help or population word also counts as itself ("derechos" is more
 * precise than legal orientation); a topic's words count only as the topic ("cuántos
 * días" and "plazo" are one). `topical`: the keys that say what the text is about
 * beyond a kind of help or population (topics, and words of no vocabulary).
 */
export function readKeys(text: string, { fuzzy = false } = {}): { keys: Set<string>; topical: Set<string> } {
  const tokens = tokenize(text);
  const { matches, unmatched } = readLexicon(tokens, keyLexicon, { fuzzy });
  const keys = new Set<string>();
  const topical = new Set<string>();
  const meaningful = (word: string) => word.length > 1 && !fillerWords.has(word);
  for (const match of matches) {
    const topic = match.entry.meanings.find((meaning) => meaning.startsWith("topic:"));
    if (topic) {
      keys.add(topic);
      topical.add(topic);
      continue;
    }
    for (const meaning of match.entry.meanings) keys.add(meaning);
  }
  for (const index of unmatched) {
    const word = tokens[index]!.word;
    if (!meaningful(word)) continue;
    keys.add(`word:${singular(word)}`);
    topical.add(`word:${singular(word)}`);
  }
  return { keys, topical };
}

export function indexNotes(notes: NoteText[]): NoteIndex {
  const indexed = notes.map((note) => ({
    slug: note.slug,
    jurisdiction: note.jurisdiction,
    fields: {
      title: readKeys(note.title.join("\n")).keys,
      summary: readKeys(note.summary.join("\n")).keys,
      body: readKeys(note.body.join("\n")).keys,
    },
  }));
  const documentFrequency = new Map<string, number>();
  for (const note of indexed) {
    for (const key of new Set([...note.fields.title, ...note.fields.summary, ...note.fields.body])) {
      documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    }
  }
  const count = indexed.length;
  return {
    notes: indexed,
    idf: (key) => Math.log((count + 1) / ((documentFrequency.get(key) ?? 0) + 0.5)),
    held: (key) => documentFrequency.has(key),
  };
}

/**
 * How sure an answer must be: the share of the query's weight the note holds
 * (title words counting in full), and a floor under its score so that one common
 * word ("refugio", in every note) never makes an answer. A question is answered
 * more readily than a bare topic, which is more often a search for help.
 */
const thresholds = { question: { share: 0.45, score: 3 }, topic: { share: 0.5, score: 3 } };
/** Notes from the United States answer only a query that names it: the directory is for people in Mexico. */
const elsewhereFactor = 0.7;

export type NoteAnswer = { slug: string; score: number; share: number };

/** The note that answers `query`, or null when none answers it well enough. */
export function bestNoteAnswer(index: NoteIndex, query: string, { question }: { question: boolean }): NoteAnswer | null {
  const read = readKeys(query, { fuzzy: true });
  // A word no note holds ("esposo", "Guatemala") tells nothing of which note answers: it would only dilute the share.
  const keys = [...read.keys].filter((key) => index.held(key));
  if (keys.length === 0) return null;
  const most = keys.reduce((sum, key) => sum + index.idf(key) * fieldWeight.title, 0);
  if (most <= 0) return null;
  const namesUnitedStates = keys.includes("topic:united_states");
  let best: (NoteAnswer & { topical: boolean }) | null = null;
  for (const note of index.notes) {
    let score = 0;
    let topical = false;
    for (const key of keys) {
      const field = (["title", "summary", "body"] as const).find((name) => note.fields[name].has(key));
      if (!field) continue;
      score += index.idf(key) * fieldWeight[field];
      topical ||= read.topical.has(key);
    }
    if (note.jurisdiction === "US" && !namesUnitedStates) score *= elsewhereFactor;
    if (!best || score > best.score) best = { slug: note.slug, score, share: score / most, topical };
  }
  if (!best) return null;
  // "Albergue para mujeres" asks for listings, even if a note speaks of both: without a question,
  // a note answers only a query about something of its own (a topic, or a word that is no kind of help).
  const threshold = thresholds[question ? "question" : "topic"];
  if (best.share < threshold.share || best.score < threshold.score || (!question && !best.topical)) return null;
  return { slug: best.slug, score: best.score, share: best.share };
}
