// The Lighthouse part of `npm run bench` (issue 16: mobile performance ≥ 95 on the home, directory and office pages).
// Lighthouse's default configuration is its mobile one: a Moto G Power-sized screen, 4× CPU slowdown and a slow 4G
// network, simulated from an unthrottled load (throttlingMethod "simulate"), which keeps the score steadier than
// really slowing the machine down. Only the performance category runs: nothing else is asked of it here, and the
// other categories gather more (and would fetch more) for nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { generateReport, type RunnerResult } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { figuresOfRun, median, summarizeRuns, type PageSummary, type RunFigures } from "@/scripts/lib/lighthouse-summary";
import { findChromium } from "@/tests/e2e/find-chromium";

/** Chromium would otherwise reach for Google's servers (updates, sync, field trials), which this network refuses. */
export const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export type LighthousePage = { page: string; path: string };

export type LighthouseResult = {
  summaries: PageSummary[];
  lighthouseVersion: string;
  /** The browser Lighthouse drove, as it reports it (e.g. "HeadlessChrome/156…"). */
  hostUserAgent: string;
  /** The 1-minute load average before and after the runs: the scores move with it. */
  loadAverage: { before: number; after: number };
  /**
   * Lighthouse's own measure of how fast this machine ran a fixed piece of work during the runs (median over the
   * runs; higher is faster). Total Blocking Time is the page's measured main-thread work scaled by a fixed factor,
   * so it, and the score, depend on the machine: compare runs with similar indexes.
   */
  benchmarkIndex: number;
  reports: string[];
  /** Runs that Lighthouse could not complete and were made again (their reports are kept in the report folder). */
  retried: { path: string; error: string; report: string }[];
};

type Lhr = RunnerResult["lhr"];

/** One Lighthouse run in a Chromium of its own, so that no run inherits another's caches or processes. */
async function runOnce(url: string, chromePath: string): Promise<Lhr> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * `runs` Lighthouse runs of each page, one fresh Chromium per run, the pages in turn within each round so that a
 * change of the machine's load falls on all of them alike. `warm` is called before each run: the entry point keeps a
 * page for at most a minute, and the run should measure the page as a visitor gets it, not its first render.
 * The report of each page's most typical run (Lighthouse's own choice, computeMedianRun) is written to `reportDir`.
 */
export async function measureWithLighthouse(
  origin: string,
  pages: readonly LighthousePage[],
  { runs, reportDir, warm, log }: { runs: number; reportDir: string; warm: (path: string) => Promise<void>; log: (line: string) => void },
): Promise<LighthouseResult> {
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  const figures = pages.map(() => [] as RunFigures[]);
  const results = pages.map(() => [] as Lhr[]);
  const retried: LighthouseResult["retried"] = [];
  mkdirSync(reportDir, { recursive: true });
  const before = os.loadavg()[0]!;
  for (let round = 0; round < runs; round++) {
    for (const [index, { page, path: pagePath }] of pages.entries()) {
      const url = new URL(pagePath, origin).href;
      // One more try, once: a run on this machine once ended in CHROME_INTERSTITIAL_ERROR on a page that answered 200
      // before and after (under strace, and never again). A second failure stops the bench.
      for (let attempt = 1; ; attempt++) {
        await warm(pagePath);
        const lhr = await runOnce(url, chromePath);
        try {
          const { figures: run, warnings } = figuresOfRun(lhr, url);
          for (const warning of warnings) log(`  warning on ${pagePath}: ${warning}`);
          figures[index]!.push(run);
          results[index]!.push(lhr);
          log(`  run ${round + 1}/${runs} ${pagePath}: score ${run.score}`);
          break;
        } catch (error) {
          const report = path.join(reportDir, `lighthouse-failed-${page}-${round + 1}-${attempt}.json`);
          writeFileSync(report, JSON.stringify(lhr));
          if (attempt > 1) throw error;
          const message = error instanceof Error ? error.message : String(error);
          log(`  run ${round + 1}/${runs} ${pagePath} failed, once more (report in ${report}): ${message}`);
          retried.push({ path: pagePath, error: message, report });
        }
      }
    }
  }
  const after = os.loadavg()[0]!;
  const reports = pages.map(({ page }, index) => {
    const file = path.join(reportDir, `lighthouse-${page}.html`);
    writeFileSync(file, generateReport(computeMedianRun(results[index]!), "html"));
    return file;
  });
  const first = results[0]![0]!;
  return {
    summaries: pages.map(({ page, path: pagePath }, index) => summarizeRuns(page, pagePath, figures[index]!)),
    lighthouseVersion: first.lighthouseVersion,
    hostUserAgent: first.environment.hostUserAgent,
    loadAverage: { before, after },
    retried,
    benchmarkIndex: median(results.flat().map((lhr) => lhr.environment.benchmarkIndex)),
    reports,
  };
}
