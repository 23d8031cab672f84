// `npm run bench` and its flags. Strict, so that a misspelt flag stops the run instead of silently measuring
// everything for ten minutes.
import { parseArgs } from "node:util";
import { z } from "zod";

export type BenchArgs = {
  /** What to measure: everything, the directory page's weight only, or Lighthouse only. */
  only: "all" | "weight" | "lighthouse";
  /** Lighthouse results as one JSON object per page on stdout (progress goes to stderr). */
  json: boolean;
  /** Lighthouse runs per page, of which the median is reported. */
  runs: number;
};

const runsSchema = z.coerce.number().int().min(1).max(50);

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      weight: { type: "boolean", default: false },
      lighthouse: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      runs: { type: "string" },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.weight && values.lighthouse) throw new Error("--weight and --lighthouse each measure one thing only: give one of them");
  if (!values.lighthouse && (values.json || values.runs !== undefined)) throw new Error("--json and --runs apply to --lighthouse only");
  const runs = runsSchema.safeParse(values.runs ?? 5);
  if (!runs.success) throw new Error("--runs must be a whole number from 1 to 50");
  return { only: values.lighthouse ? "lighthouse" : values.weight ? "weight" : "all", json: values.json, runs: runs.data };
}
