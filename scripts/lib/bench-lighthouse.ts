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
  { runs, reportDir, serverLog, warm, log }: { runs: number; reportDir: string; serverLog: string; warm: (path: string) => Promise<void>; log: (line: string) => void },
): Promise<LighthouseResult> {
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  const figures = pages.map(() => [] as RunFigures[]);
  const results = pages.map(() => [] as Lhr[]);
  mkdirSync(reportDir, { recursive: true });
  const before = os.loadavg()[0]!;
  for (let round = 0; round < runs; round++) {
    for (const [index, { page, path: pagePath }] of pages.entries()) {
      const url = new URL(pagePath, origin).href;
      await warm(pagePath);
      const lhr = await runOnce(url, chromePath);
      try {
        const { figures: run, warnings } = figuresOfRun(lhr, url);
        for (const warning of warnings) log(`  warning on ${pagePath}: ${warning}`);
        figures[index]!.push(run);
        results[index]!.push(lhr);
        log(`  run ${round + 1}/${runs} ${pagePath}: score ${run.score}`);
      } catch (error) {
        // Twice here a run ended in CHROME_INTERSTITIAL_ERROR (Chromium's own error page): the second time the server
        // had stopped, and refused the next request. The report and the server's log say which it was.
        const report = path.join(reportDir, `lighthouse-failed-${page}-${round + 1}.json`);
        writeFileSync(report, JSON.stringify(lhr));
        log(`  run ${round + 1}/${runs} ${pagePath} failed: its report is in ${report}, the server's output in ${serverLog}`);
        throw error;
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
    benchmarkIndex: median(results.flat().map((lhr) => lhr.environment.benchmarkIndex)),
    reports,
  };
}
