// Figures per language and per kind of query, and the plain-text report
// `npm run eval:search` prints.
import { queryLanguages, queryTags, type LabelledQuery, type QueryLanguage, type QueryTag } from "@/lib/search-eval/labels";
import { hitCutoff, hitRate, meanReciprocalRank, rankDepth } from "@/lib/search-eval/metrics";

export type QueryOutcome = {
  query: LabelledQuery;
  /** Rank of the first relevant result (a legal note given as the answer is rank 1), null when none in the first 10. */
  rank: number | null;
  /** The first results shown, as `office:<slug>` or `organization:<slug>`. */
  firstResults: string[];
  /** The legal notes the search gave as its answer. */
  answered: string[];
  total: number;
};

export type Figures = { queries: number; top3HitRate: number; mrr: number };

export type Summary = {
  /** The queries the floor applies to: every query but the held-out ones. */
  overall: Figures;
  /** Held-out queries (`heldOut`), per set: reported, not gated. */
  heldOut: { set: string; figures: Figures }[];
  byLanguage: Record<QueryLanguage, Figures>;
  byTag: Record<QueryTag, Figures>;
  /** Queries without a relevant result among the first three, worst first. */
  failing: QueryOutcome[];
};

function figures(outcomes: QueryOutcome[]): Figures {
  const ranks = outcomes.map((outcome) => outcome.rank);
  return { queries: outcomes.length, top3HitRate: hitRate(ranks), mrr: meanReciprocalRank(ranks) };
}

export function summarize(all: QueryOutcome[]): Summary {
  const missed = (outcome: QueryOutcome) => outcome.rank === null || outcome.rank > hitCutoff;
  const outcomes = all.filter((outcome) => outcome.query.heldOut === undefined);
  const sets = [...new Set(all.flatMap((outcome) => (outcome.query.heldOut === undefined ? [] : [outcome.query.heldOut])))];
  return {
    overall: figures(outcomes),
    heldOut: sets.map((set) => ({ set, figures: figures(all.filter((outcome) => outcome.query.heldOut === set)) })),
    byLanguage: Object.fromEntries(
      queryLanguages.map((lang) => [lang, figures(outcomes.filter((outcome) => outcome.query.lang === lang))]),
    ) as Record<QueryLanguage, Figures>,
    byTag: Object.fromEntries(
      queryTags.map((tag) => [tag, figures(outcomes.filter((outcome) => outcome.query.tags.includes(tag)))]),
    ) as Record<QueryTag, Figures>,
    failing: all.filter(missed).sort((a, b) => (b.rank ?? Infinity) - (a.rank ?? Infinity)),
  };
}

const tagNames: Record<QueryTag, string> = {
  help: "kinds of help",
  place: "places",
  population: "populations",
  name: "names and acronyms",
  question: "questions",
  sentence: "sentences",
  typo: "typos",
  unaccented: "no accents / capitals",
};
const languageNames: Record<QueryLanguage, string> = { es: "Spanish", en: "English", mixed: "Spanglish", fr: "French", ht: "Haitian Creole", pt: "Portuguese" };

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** One line per query: its rank, how many results, the first three and any legal note answered. */
export function describeOutcome(outcome: QueryOutcome): string {
  const rank = outcome.rank === null ? `not in the first ${rankDepth}` : `rank ${outcome.rank}`;
  const results = `${outcome.total} result${outcome.total === 1 ? "" : "s"}`;
  const first = outcome.firstResults.length ? `; first: ${outcome.firstResults.join(", ")}` : "";
  const answered = outcome.answered.length ? `; answered with ${outcome.answered.join(", ")}` : "";
  const heldOut = outcome.query.heldOut === undefined ? "" : ` — held out: ${outcome.query.heldOut}`;
  return `[${outcome.query.lang}] "${outcome.query.q}" (${rank}; ${results}${first}${answered})${heldOut}`;
}

export function formatReport(summary: Summary, floor: { top3HitRate: number; mrr: number }): string {
  const rows: [string, Figures][] = [
    ...queryLanguages.map((lang): [string, Figures] => [`language: ${languageNames[lang]}`, summary.byLanguage[lang]]),
    ...queryTags.map((tag): [string, Figures] => [tagNames[tag], summary.byTag[tag]]),
    ["overall", summary.overall],
    ...summary.heldOut.map(({ set, figures }): [string, Figures] => [`held out (${set})`, figures]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const line = (name: string, queries: string, hits: string, mrr: string) =>
    `${name.padEnd(width)}  ${queries.padStart(7)}  ${hits.padStart(10)}  ${mrr.padStart(6)}`;
  const table = [
    line("", "queries", `top-${hitCutoff} hits`, "MRR"),
    ...rows.map(([name, row]) => line(name, String(row.queries), percent(row.top3HitRate), row.mrr.toFixed(3))),
  ];
  const failing = summary.failing.map((outcome) => `  ${describeOutcome(outcome)}`);
  const below = summary.overall.top3HitRate < floor.top3HitRate || summary.overall.mrr < floor.mrr;
  return [
    ...table,
    "",
    `Floor (the test fails below it): top-${hitCutoff} hits ${percent(floor.top3HitRate)}, MRR ${floor.mrr.toFixed(2)}` +
      (below ? " — BELOW THE FLOOR" : " — met") +
      (summary.heldOut.length ? "; it applies to every row but the held-out ones, which the language and kind rows leave out too" : ""),
    "",
    `Queries without a relevant result in the first ${hitCutoff} (${failing.length}):`,
    ...(failing.length ? failing : ["  none"]),
  ].join("\n");
}
