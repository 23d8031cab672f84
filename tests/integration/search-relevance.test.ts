// The relevance benchmark (`npm run eval:search`) as a test: the labelled queries
// run against the seeded directory, and the overall top-3 hit rate and MRR must
// not fall below the floor kept in tests/fixtures/search-relevance.json.
import { describe, expect, it } from "vitest";
import { formatReport, summarize } from "@/lib/search-eval/report";
import { evaluateQueries, findUnsatisfiableLabels, readRelevanceFile } from "@/lib/search-eval/run";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

describe("search relevance", () => {
  useSeededTestDatabase();

  it("labels only facts the directory has: each names a listing's facts or a published legal note", async () => {
    const { queries } = await readRelevanceFile();
    expect(await findUnsatisfiableLabels(queries)).toEqual([]);
  });

  it("finds a relevant result in the first three at least as often as the floor says", { timeout: 240_000 }, async () => {
    const relevance = await readRelevanceFile();
    const summary = summarize(await evaluateQueries(relevance.queries));
    const report = formatReport(summary, relevance.floor);
    expect(summary.overall.top3HitRate, report).toBeGreaterThanOrEqual(relevance.floor.top3HitRate);
    expect(summary.overall.mrr, report).toBeGreaterThanOrEqual(relevance.floor.mrr);
  });
});
