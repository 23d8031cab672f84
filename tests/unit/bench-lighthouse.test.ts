import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "@/scripts/lib/bench-args";
import { figuresOfRun, formatSummaries, median, summarizeRuns, type RunFigures } from "@/scripts/lib/lighthouse-summary";

describe("npm run bench's flags", () => {
  it("measures everything when given none", () => {
    expect(parseBenchArgs([])).toEqual({ only: "all", json: false, runs: 5 });
  });
  it("measures one thing with --weight or --lighthouse, but not both at once", () => {
    expect(parseBenchArgs(["--weight"]).only).toBe("weight");
    expect(parseBenchArgs(["--lighthouse"]).only).toBe("lighthouse");
    expect(() => parseBenchArgs(["--weight", "--lighthouse"])).toThrow(/one of them/);
  });
  it("takes --runs and --json for Lighthouse only", () => {
    expect(parseBenchArgs(["--lighthouse", "--runs", "3", "--json"])).toEqual({ only: "lighthouse", json: true, runs: 3 });
    expect(parseBenchArgs(["--lighthouse", "--runs=7"]).runs).toBe(7);
    expect(() => parseBenchArgs(["--json"])).toThrow(/--lighthouse only/);
    expect(() => parseBenchArgs(["--weight", "--runs", "3"])).toThrow(/--lighthouse only/);
  });
  it("refuses a number of runs that is not a whole number from 1 to 50", () => {
    for (const runs of ["0", "-1", "2.5", "many", "51", ""]) expect(() => parseBenchArgs(["--lighthouse", "--runs", runs])).toThrow(/--runs/);
  });
  it("refuses a misspelt flag instead of measuring everything", () => {
    expect(() => parseBenchArgs(["--lighthous"])).toThrow();
    expect(() => parseBenchArgs(["lighthouse"])).toThrow();
  });
});

describe("median", () => {
  it("is the middle value of an odd count, whatever the order", () => {
    expect(median([93, 99, 95])).toBe(95);
    expect(median([5])).toBe(5);
  });
  it("is the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("does not reorder the values it was given", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it("refuses no values", () => {
    expect(() => median([])).toThrow();
  });
});

const url = "http://127.0.0.1:3360/es/directorio?q=abogado+en+tijuana";
const report = (overrides: Record<string, unknown> = {}) => ({
  requestedUrl: url,
  finalDisplayedUrl: url,
  runWarnings: [],
  categories: { performance: { score: 0.944 } },
  audits: {
    "first-contentful-paint": { numericValue: 1200.4 },
    "largest-contentful-paint": { numericValue: 2400 },
    "total-blocking-time": { numericValue: 150 },
    "cumulative-layout-shift": { numericValue: 0.01 },
    "speed-index": { numericValue: 1800 },
    interactive: { numericValue: 3000 },
  },
  ...overrides,
});

describe("the figures of one Lighthouse run", () => {
  it("are the score out of 100 (rounded as Lighthouse shows it) and the five metrics", () => {
    expect(figuresOfRun(report(), url)).toEqual({
      figures: { score: 94, fcp: 1200.4, lcp: 2400, tbt: 150, cls: 0.01, speedIndex: 1800 },
      warnings: [],
    });
  });
  it("pass Lighthouse's warnings on", () => {
    expect(figuresOfRun(report({ runWarnings: ["The page loaded too slowly"] }), url).warnings).toEqual(["The page loaded too slowly"]);
  });
  it("are refused when the run failed, gave no score, or measured another page", () => {
    expect(() => figuresOfRun(report({ runtimeError: { code: "ERRORED_DOCUMENT_REQUEST", message: "Status code: 500" } }), url)).toThrow(/ERRORED_DOCUMENT_REQUEST/);
    expect(() => figuresOfRun(report({ categories: { performance: { score: null } } }), url)).toThrow(/no performance score/);
    expect(() => figuresOfRun(report({ finalDisplayedUrl: "http://127.0.0.1:3360/en/directory" }), url)).toThrow(/instead of/);
    expect(() => figuresOfRun({ runtimeError: { code: "NO_FCP", message: "no paint" } }, url)).toThrow(/NO_FCP/);
    const { "speed-index": _, ...withoutSpeedIndex } = report().audits;
    expect(() => figuresOfRun(report({ audits: withoutSpeedIndex }), url)).toThrow(/speed-index/);
  });
});

describe("several runs of a page", () => {
  const run = (score: number, fcp: number, tbt: number): RunFigures => ({ score, fcp, lcp: fcp * 2, tbt, cls: 0, speedIndex: fcp + 100 });
  const runs = [run(90, 1500, 300), run(97, 1000, 50), run(95, 1200, 400)];

  it("give each figure's own median, the range of scores and every run", () => {
    const summary = summarizeRuns("directory", "/es/directorio", runs);
    expect(summary.median).toEqual({ score: 95, fcp: 1200, lcp: 2400, tbt: 300, cls: 0, speedIndex: 1300 });
    expect(summary.scoreRange).toEqual([90, 97]);
    expect(summary.runs).toBe(3);
    expect(summary.each).toEqual(runs);
  });
  it("are refused when there are none", () => {
    expect(() => summarizeRuns("home", "/es", [])).toThrow(/No Lighthouse run/);
  });
  it("make one row per page, in seconds and milliseconds as Lighthouse's report shows them", () => {
    const [header, row] = formatSummaries([summarizeRuns("directory", "/es/directorio", runs)]);
    expect(header).toMatch(/score .*FCP .*LCP .*TBT .*CLS .*SI/);
    expect(row).toMatch(/^directory \/es\/directorio +95 +90–97 +1\.2 s +2\.4 s +300 ms +0\.000 +1\.3 s$/);
  });
});
