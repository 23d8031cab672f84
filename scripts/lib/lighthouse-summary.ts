// What `npm run bench -- --lighthouse` keeps of each Lighthouse report, and how several runs of a page become one
// line: the median of each figure on its own (one run's score can swing by a few points on a busy machine).
import { z } from "zod";

/** The performance score (0–100, as Lighthouse shows it) and the metrics it is made of (times in ms, CLS unitless). */
export type RunFigures = { score: number; fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };

const audits = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndex: "speed-index",
} as const;

const metric = z.object({ numericValue: z.number() });

// Only the parts read here: a Lighthouse result has hundreds of fields, and its types change between versions.
const reportSchema = z.object({
  requestedUrl: z.string().optional(),
  finalDisplayedUrl: z.string(),
  runWarnings: z.array(z.string()).default([]),
  categories: z.object({ performance: z.object({ score: z.number().min(0).max(1).nullable() }) }),
  audits: z.object(Object.fromEntries(Object.values(audits).map((id) => [id, metric])) as Record<(typeof audits)[keyof typeof audits], typeof metric>),
});

/**
 * The figures of one Lighthouse result. Throws when the run did not measure the page asked for: a runtime error
 * (e.g. the document answered 500), no score, or a redirect to another address (a score of the wrong page).
 */
export function figuresOfRun(report: unknown, expectedUrl: string): { figures: RunFigures; warnings: string[] } {
  // A run that failed may lack the audits the schema asks for: its own error says more than the schema's.
  const failure = (report as { runtimeError?: { code?: string; message?: string } } | null)?.runtimeError;
  if (failure) throw new Error(`Lighthouse failed on ${expectedUrl}: ${failure.code} ${failure.message}`);
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`Unexpected Lighthouse result for ${expectedUrl}: ${parsed.error.message}`);
  const lhr = parsed.data;
  if (lhr.categories.performance.score === null) throw new Error(`Lighthouse gave no performance score for ${expectedUrl}`);
  if (lhr.finalDisplayedUrl !== expectedUrl) throw new Error(`Lighthouse measured ${lhr.finalDisplayedUrl} instead of ${expectedUrl} (a redirect?)`);
  const value = (key: keyof typeof audits) => lhr.audits[audits[key]].numericValue;
  return {
    figures: {
      score: Math.round(lhr.categories.performance.score * 100),
      fcp: value("fcp"),
      lcp: value("lcp"),
      tbt: value("tbt"),
      cls: value("cls"),
      speedIndex: value("speedIndex"),
    },
    warnings: lhr.runWarnings,
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("The median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type PageSummary = {
  page: string;
  path: string;
  runs: number;
  /** Each figure's own median over the runs (so the figures need not all come from one run). */
  median: RunFigures;
  scoreRange: [number, number];
  each: RunFigures[];
};

export function summarizeRuns(page: string, path: string, runs: readonly RunFigures[]): PageSummary {
  if (runs.length === 0) throw new Error(`No Lighthouse run of ${path}`);
  const of = (key: keyof RunFigures) => median(runs.map((run) => run[key]));
  const scores = runs.map((run) => run.score);
  return {
    page,
    path,
    runs: runs.length,
    median: { score: of("score"), fcp: of("fcp"), lcp: of("lcp"), tbt: of("tbt"), cls: of("cls"), speedIndex: of("speedIndex") },
    scoreRange: [Math.min(...scores), Math.max(...scores)],
    each: [...runs],
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The terminal table: one row per page, the figures as Lighthouse's own report rounds them. */
export function formatSummaries(summaries: readonly PageSummary[]): string[] {
  const header = ["page".padEnd(44), "score".padStart(5), "min–max".padStart(8), "FCP".padStart(7), "LCP".padStart(7), "TBT".padStart(7), "CLS".padStart(6), "SI".padStart(7)];
  const rows = summaries.map(({ page, path, median: m, scoreRange: [low, high] }) => [
    `${page} ${path}`.padEnd(44),
    String(Math.round(m.score)).padStart(5),
    `${low}–${high}`.padStart(8),
    seconds(m.fcp).padStart(7),
    seconds(m.lcp).padStart(7),
    `${Math.round(m.tbt)} ms`.padStart(7),
    m.cls.toFixed(3).padStart(6),
    seconds(m.speedIndex).padStart(7),
  ]);
  return [header, ...rows].map((cells) => cells.join(" "));
}
