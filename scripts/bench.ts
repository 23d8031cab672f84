// `npm run bench`: builds a separate synthetic directory of 20,000 clearly
// fictitious offices (never the real data, never the site's database), serves
// it with `npm start`'s server (scripts/serve.ts), and measures the directory page and search: p50/p95
// response time per typical query, the results pages' and the API list's
// throughput beside a static file's, search while an editor saves, and the compressed bytes of
// the page's HTML, CSS and JS. Numbers go to the terminal; README.md records them.
// `--weight` measures the page weight only; `--lighthouse` only Lighthouse's mobile performance score of the home,
// directory and office pages (`--runs N`, 5 by default, the median reported; `--json` for one JSON line per page).
//
// BENCH_DATABASE_URL: a PostgreSQL server database to (re)create for this
// (default postgresql://postgres@127.0.0.1:5432/amparo_bench); set it to
// "pglite" to measure the embedded database instead (in .data/bench).
import "@/scripts/lib/load-env";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, rmSync } from "node:fs";
import http from "node:http";
import pg from "pg";
import { openAdapter } from "@/lib/db/adapter";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { applyMigrations, ensurePostgresDatabase } from "@/lib/db/migrations";
import { localClock } from "@/lib/opening-hours";
import { populations, serviceTypes } from "@/lib/taxonomy";
import { PrismaClient } from "@/prisma/generated/client";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { answerLocaleOf } from "@/lib/i18n/locales";
import { parseBenchArgs } from "@/scripts/lib/bench-args";
import { measureWithLighthouse } from "@/scripts/lib/bench-lighthouse";
import { clientOfItsOwn, freshApiAnswer, searchWhileSaving, throughput, uncached } from "@/scripts/lib/bench-load";
import { formatSummaries } from "@/scripts/lib/lighthouse-summary";

const officeCount = Number(process.env.BENCH_OFFICES ?? 20_000);
const officesPerOrganization = 10;
const requestsPerQuery = Number(process.env.BENCH_REQUESTS ?? 30);
const port = Number(process.env.BENCH_PORT ?? 3200);
const args = (() => {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
})();
// `npm run bench -- --weight`: page weight only (skips the response-time runs).
const weightOnly = args.only === "weight";
// With --json, stdout carries only the results, so that a script can read them; the progress goes to stderr.
const log = args.json ? console.error : console.log;
const serverLogFile = "bench-results/server.log";
const setting = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/amparo_bench";
const target = setting === "pglite" ? ({ kind: "pglite", dataDir: ".data/bench" } as const) : ({ kind: "postgres", url: setting } as const);

/** A small deterministic generator, so every run builds the same directory. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function resetDatabase() {
  if (target.kind === "pglite") {
    rmSync(target.dataDir, { recursive: true, force: true });
    rmSync(`${target.dataDir}.lock`, { force: true });
    return;
  }
  await ensurePostgresDatabase(target.url);
  const name = new URL(target.url).pathname.slice(1);
  if (!/^amparo_bench/.test(name)) throw new Error(`Refusing to wipe ${name}: the bench database's name must start with amparo_bench`);
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.end();
}

async function buildSyntheticDirectory() {
  await resetDatabase();
  const adapter = await openAdapter(target);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  await applyMigrations(adapter.factory);
  // Real places only (states and cities), so the filters behave as on the site; no real organisation.
  const seed = await readSeedData();
  await seedDatabase(prisma, { ...seed, organizations: [], legalNotes: [] });
  const cities = await prisma.city.findMany({ select: { id: true } });
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const organizations = officeCount / officesPerOrganization;
  // The offices' clock when the directory is built: four hours either side of now, within today.
  const clock = localClock(new Date(), "America/Mexico_City");
  const minutes = Number(clock.time.slice(0, 2)) * 60 + Number(clock.time.slice(3));
  const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
  const windowAroundNow = { opens: hhmm(Math.max(0, minutes - 240)), closes: hhmm(Math.min(23 * 60 + 59, minutes + 240)) };
  for (let start = 0; start < organizations; start += 200) {
    const orgRows = [];
    const officeRows = [];
    const serviceRows = [];
    const hoursRows = [];
    for (let i = start; i < Math.min(start + 200, organizations); i++) {
      const number = String(i + 1).padStart(5, "0");
      const orgId = crypto.randomUUID();
      orgRows.push({
        id: orgId,
        slug: `ficticia-${number}`,
        name: { es: `Organización ficticia ${number}`, en: `Fictitious organisation ${number}` },
        description: { es: `Datos de prueba para medir el rendimiento (${number}).`, en: `Test data for measuring performance (${number}).` },
        scope: "local" as const,
      });
      for (let k = 0; k < 3; k++) {
        serviceRows.push({
          id: crypto.randomUUID(),
          organizationId: orgId,
          type: pick(serviceTypes),
          populations: next() < 0.5 ? [pick(populations)] : [],
          description: { es: "Servicio ficticio", en: "Fictitious service" },
        });
      }
      for (let j = 0; j < officesPerOrganization; j++) {
        const officeId = crypto.randomUUID();
        officeRows.push({
          id: officeId,
          slug: `ficticia-${number}-${j + 1}`,
          organizationId: orgId,
          name: { es: `Oficina ficticia ${j + 1}`, en: `Fictitious office ${j + 1}` },
          cityId: pick(cities).id,
          street: `Calle Ficticia ${j + 1}`,
          timeZone: "America/Mexico_City",
          languages: next() < 0.2 ? ["es", "en"] : ["es"],
        });
        // Half the offices have hours: five days a week, 09:00–17:00, except that
        // half of those (a quarter of all offices) are open right now, whatever
        // the time of the run, so "open now" always has thousands of offices to count.
        if (next() < 0.5) {
          const openNow = next() < 0.5;
          for (let day = 0; day < 5; day++) {
            const weekday = ((clock.weekday + day + (openNow ? 0 : 1) - 1) % 7) + 1;
            const hours = openNow && day === 0 ? windowAroundNow : { opens: "09:00", closes: "17:00" };
            hoursRows.push({ id: crypto.randomUUID(), officeId, weekday, ...hours });
          }
        }
      }
    }
    await prisma.organization.createMany({ data: orgRows });
    await prisma.office.createMany({ data: officeRows });
    await prisma.service.createMany({ data: serviceRows });
    await prisma.openingHours.createMany({ data: hoursRows });
  }
  await refreshDirectoryIndex(prisma);
  // A settled database, as autovacuum leaves it: statistics, and visibility maps for index-only scans.
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  await prisma.$disconnect();
  await adapter.close();
}

function get(path: string, gzip = false, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers: { ...(gzip ? { "accept-encoding": "gzip" } : {}), ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, bytes: raw.length, body: gzip ? "" : raw.toString("utf8"), ms: performance.now() - started });
        });
      })
      .on("error", reject);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** The API's list (/api/v1/offices) for the same search as a results page: its filters, in its language. */
function apiListPath(pagePath: string): string {
  const url = new URL(pagePath, "http://bench.invalid");
  url.searchParams.set("lang", answerLocaleOf(url.pathname));
  return `/api/v1/offices?${url.searchParams}`;
}

/** Issue 16: throughput beside a static file, and search while an editor saves (scripts/lib/bench-load.ts). */
async function measureLoad(paths: string[]) {
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const options = { connections, seconds };
  const staticFile = await throughput(port, ["/favicon.svg"], options);
  const cachedPages = await throughput(port, paths, options);
  const renderedPages = await throughput(port, paths, { ...options, headers: uncached });
  const apiPaths = paths.map(apiListPath);
  const cachedApi = await throughput(port, apiPaths, { ...options, perClient: clientOfItsOwn });
  const renderedApi = await throughput(port, apiPaths, { ...options, perClient: clientOfItsOwn, headers: freshApiAnswer });
  const rate = (result: { perSecond: number; failed: number }) => `${result.perSecond.toFixed(0)}/s${result.failed ? ` (${result.failed} failed)` : ""}`;
  console.log(`\nThroughput, ${connections} connections for ${seconds} s each, the ${paths.length} queries above in turn:`);
  console.log(`  static file (/favicon.svg)          ${rate(staticFile)}`);
  console.log(`  results pages, as visitors get them  ${rate(cachedPages)}  ratio ${(cachedPages.perSecond / staticFile.perSecond).toFixed(2)}`);
  console.log(`  results pages, each one rendered     ${rate(renderedPages)}  ratio ${(renderedPages.perSecond / staticFile.perSecond).toFixed(2)}`);
  console.log(`  API list (/api/v1/offices), served   ${rate(cachedApi)}  ratio ${(cachedApi.perSecond / staticFile.perSecond).toFixed(2)}`);
  console.log(`  API list, each one made              ${rate(renderedApi)}  ratio ${(renderedApi.perSecond / staticFile.perSecond).toFixed(2)}`);

  if (target.kind === "pglite") {
    console.log("\nSearch while saving: skipped, the server holds the embedded database (one process only).");
    return;
  }
  const adapter = await openAdapter(target);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  try {
    const saves = Number(process.env.BENCH_SAVES ?? 10);
    const result = await searchWhileSaving(prisma, (path, headers) => get(path, false, headers), paths, { saves });
    console.log(`\nSearch while an editor saves ${saves} times in a row (${result.searches} searches of each kind):`);
    console.log(`  search p95: ${result.cachedP95.toFixed(0)} ms as visitors get it, ${result.renderedP95.toFixed(0)} ms rendered each time`);
    console.log(`  a save (write, search views, invalidation): p50 ${result.saveP50.toFixed(0)} ms`);
    console.log(`  from the start of a save to the change in search: p50 ${result.visibleP50.toFixed(0)} ms, at most ${result.visibleMax.toFixed(0)} ms`);
  } finally {
    await prisma.$disconnect();
    await adapter.close();
  }
}

/**
 * Issue 16: Lighthouse mobile performance ≥ 95 on the home, directory and office pages. The directory page with a
 * typical search (a kind of help and a city, in the visitor's words); the office page of the first fictitious office.
 */
async function measureLighthouse() {
  const pages = [
    { page: "home", path: "/es" },
    { page: "directory", path: "/es/directorio?q=abogado+en+tijuana" },
    { page: "office", path: "/es/oficinas/ficticia-00001-1" },
  ];
  log(`\nLighthouse, mobile (its default: simulated slow 4G and 4× slower CPU), ${args.runs} runs per page…`);
  const result = await measureWithLighthouse(`http://127.0.0.1:${port}`, pages, {
    runs: args.runs,
    reportDir: "bench-results",
    serverLog: serverLogFile,
    // Gzipped and on the same host as Chromium asks for it: the entry point keeps a copy per encoding and host.
    warm: async (path) => {
      const response = await get(path, true);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    },
    log,
  });
  const load = `load average ${result.loadAverage.before.toFixed(1)} before, ${result.loadAverage.after.toFixed(1)} after, Lighthouse's benchmark index ${Math.round(result.benchmarkIndex)}`;
  if (args.json) {
    for (const summary of result.summaries) {
      console.log(JSON.stringify({ ...summary, lighthouseVersion: result.lighthouseVersion, hostUserAgent: result.hostUserAgent, loadAverage: result.loadAverage, benchmarkIndex: result.benchmarkIndex, date: new Date().toISOString() }));
    }
  } else {
    console.log(`\nLighthouse ${result.lighthouseVersion} (${result.hostUserAgent}), mobile, median of ${args.runs} runs; ${load}:`);
    for (const line of formatSummaries(result.summaries)) console.log(line);
  }
  log(`Reports of each page's median run: ${result.reports.join(", ")}`);
}

async function main() {
  log(`Building a synthetic directory of ${officeCount} offices in ${target.kind === "pglite" ? target.dataDir : new URL(target.url).pathname.slice(1)}…`);
  const built = performance.now();
  await buildSyntheticDirectory();
  log(`  built in ${((performance.now() - built) / 1000).toFixed(1)} s`);

  spawnSync("node", ["scripts/build-if-needed.mjs"], { stdio: ["inherit", args.json ? 2 : "inherit", "inherit"] });
  const env = target.kind === "pglite" ? { DATABASE_URL: "", PGLITE_DATA_DIR: target.dataDir } : { DATABASE_URL: target.url };
  // The server's output goes to a file: when it stops in the middle of a run, the reason is there.
  mkdirSync("bench-results", { recursive: true });
  const serverLog = openSync(serverLogFile, "w");
  // The API's budget out of the way (every request still counts in the database), and one proxy hop trusted so
  // that each load connection passes for a client of its own (bench-load.ts, `clientOfItsOwn`).
  const serverEnv = { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: "1000000", TRUSTED_PROXY_HOPS: "1" };
  const server = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], { env: serverEnv, stdio: ["ignore", serverLog, serverLog], detached: true });
  try {
    for (let attempt = 0; ; attempt++) {
      const ok = await get("/api/health").then((r) => r.status === 200, () => false);
      if (ok) break;
      if (attempt > 120) throw new Error("the server did not start");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (args.only === "lighthouse") {
      await measureLighthouse();
      return;
    }
    const queries: [string, string][] = [
      ["directory, no filter", "/es/directorio"],
      ["city", "/es/directorio?city=tijuana"],
      ["service + population", "/en/directory?service=shelter&population=women"],
      ["state + open now", "/es/directorio?state=chiapas&open=1"],
      ["text: organisation name", "/es/directorio?q=organizacion+ficticia+01234"],
      ["text: everyday word", "/es/directorio?q=abogado"],
      ["text: typo", "/es/directorio?q=tijuanna"],
      ["text + filters", "/en/directory?q=shelter&city=tapachula&population=children"],
      // Issue 13: a kind of help and a place read from the words, a sentence whose other words match
      // nothing (a second search, where they only rank), and a search that finds nothing (its suggestions).
      ["text: kind + place", "/es/directorio?q=abogado+en+tijuana"],
      ["text: sentence", "/es/directorio?q=necesito+un+albergue+para+mujeres+zzqq"],
      ["nothing found", "/es/directorio?q=zzqqxxww&city=tijuana&open=1"],
      ["page 50", "/es/directorio?page=50"],
    ];
    const rows: string[][] = [];
    // Warm up: a few rounds of every query first, so that the first query measured
    // is not also the one that pays for the server's first compilations.
    for (let round = 0; round < (weightOnly ? 0 : 5); round++) for (const [, path] of queries) await get(path, false, uncached);
    // Each request is rendered (a cookie makes the entry point pass its page cache by): this is what a page costs
    // the first time, and after every save that touches it.
    for (const [label, path] of weightOnly ? [] : queries) {
      const times: number[] = [];
      for (let i = 0; i < requestsPerQuery; i++) {
        const response = await get(path, false, uncached);
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        times.push(response.ms);
      }
      times.sort((a, b) => a - b);
      rows.push([label, percentile(times, 50).toFixed(0), percentile(times, 95).toFixed(0)]);
    }
    if (!weightOnly) {
      console.log(`\nResponse time over loopback, ${requestsPerQuery} sequential requests each (ms):`);
      console.log(["query".padEnd(28), "p50".padStart(6), "p95".padStart(6)].join(" "));
      for (const [label, p50, p95] of rows) console.log([label!.padEnd(28), p50!.padStart(6), p95!.padStart(6)].join(" "));
      await measureLoad(queries.map(([, path]) => path));
    }

    // What a phone downloads for the directory page: the HTML and every script and stylesheet it names, gzipped:
    // those in <script>/<link> tags, and the chunks of client components that React's payload names, which the
    // runtime loads at once. A `nomodule` script (Next's legacy polyfills) is skipped by every browser that runs
    // modules, so it is counted apart.
    const page = await get("/es/directorio");
    const legacy = new Set(
      [...page.body.matchAll(/<script\b[^>]*>/g)]
        .filter(([tag]) => /\bnomodule\b/i.test(tag))
        .map(([tag]) => /\bsrc="([^"]+)"/.exec(tag)?.[1]),
    );
    const assets = new Set(
      [...page.body.matchAll(/(?:\/_next\/)?(static\/(?:chunks|css)\/[^"\\\s]+?\.(?:js|css))/g)].map((match) => `/_next/${match[1]}`),
    );
    const html = (await get("/es/directorio", true)).bytes;
    let css = 0;
    let js = 0;
    let legacyJs = 0;
    for (const asset of assets) {
      const { status, bytes } = await get(asset, true);
      if (status !== 200) throw new Error(`${asset} answered ${status}`);
      if (asset.endsWith(".css")) css += bytes;
      else if (legacy.has(asset)) legacyJs += bytes;
      else js += bytes;
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`\nDirectory page, compressed: HTML ${kb(html)} · CSS ${kb(css)} · JS ${kb(js)} · total ${kb(html + css + js)}`);
    if (legacyJs) console.log(`  plus ${kb(legacyJs)} of polyfills that only browsers without JavaScript modules download`);
  } finally {
    // The server may have exited already (bench-results/server.log says why): that is not a second error.
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {}
    }
  }
}

await main();
process.exit();
