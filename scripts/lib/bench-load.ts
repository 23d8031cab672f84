// The load parts of `npm run bench` (issue 16): throughput of the results pages and of the API's list next to a static
// file from the same server, and search while an editor saves over and over, with the time from a save to the change
// in search.
import http from "node:http";
import { announceWrite, tagsForRecord } from "@/lib/cache/invalidation";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import type { PrismaClient } from "@/prisma/generated/client";

/** A cookie the site does not use: enough to make the entry point render the page for this request alone. */
export const uncached = { cookie: "bench=uncached" };
/** What makes the API answer from its queries rather than from what it kept (lib/api/answer-cache.ts). */
export const freshApiAnswer = { "cache-control": "no-cache" };
/**
 * The API's rate limit counts per client in one database row: 50 connections from one address would all wait on
 * that row's lock, which no real crowd of clients does. With TRUSTED_PROXY_HOPS=1 on the server, each connection
 * passes for a client of its own.
 */
export const clientOfItsOwn = (client: number) => ({ "x-forwarded-for": `198.18.${client >> 8}.${client & 255}` });

export type Fetch = (path: string, headers?: Record<string, string>) => Promise<{ status: number; body: string; ms: number }>;

/** Requests per second over `seconds`, from `connections` clients each sending its next request as one comes back. */
export async function throughput(
  port: number,
  paths: readonly string[],
  { connections = 50, seconds = 10, headers = {} as Record<string, string>, perClient = (() => ({})) as (client: number) => Record<string, string> } = {},
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const one = (path: string, client: number) =>
    new Promise<void>((resolve) => {
      http
        .get({ host: "127.0.0.1", port, path, agent, headers: { "accept-encoding": "gzip", ...headers, ...perClient(client) } }, (response) => {
          response.resume();
          response.on("end", () => {
            if (response.statusCode === 200) done += 1;
            else failed += 1;
            resolve();
          });
        })
        .on("error", () => {
          failed += 1;
          resolve();
        });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let index = client; performance.now() < until; index += connections) await one(paths[index % paths.length]!, client);
    }),
  );
  agent.destroy();
  return { perSecond: done / ((performance.now() - started) / 1000), failed };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

/**
 * An editor renames offices one after another, the way a save does (the write, the search views' refresh, the
 * pages' invalidation), while a visitor searches; after each save, the renamed office is looked for in search.
 */
export async function searchWhileSaving(prisma: PrismaClient, fetchPage: Fetch, searches: readonly string[], { saves = 10 } = {}) {
  const offices = await prisma.office.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" }, take: saves });
  let saving = true;
  const visitor = { cached: [] as number[], rendered: [] as number[] };
  const searching = (async () => {
    for (let index = 0; saving; index += 1) {
      const path = searches[index % searches.length]!;
      visitor.cached.push((await fetchPage(path)).ms);
      visitor.rendered.push((await fetchPage(path, uncached)).ms);
    }
  })();
  const saveMs: number[] = [];
  const visibleMs: number[] = [];
  for (const [index, office] of offices.entries()) {
    const word = `banco${Date.now().toString(36)}${index}`;
    const started = performance.now();
    await prisma.office.update({ where: { id: office.id }, data: { name: { es: `Oficina ${word}`, en: `Office ${word}` }, version: { increment: 1 } } });
    await refreshDirectoryIndex(prisma);
    await announceWrite(prisma, await tagsForRecord(prisma, "office", office.id));
    saveMs.push(performance.now() - started);
    for (;;) {
      if ((await fetchPage(`/es/directorio?q=${word}`)).body.includes(`Oficina ${word}`)) break;
      if (performance.now() - started > 60_000) throw new Error(`a save was not visible in search after a minute (${office.slug})`);
    }
    visibleMs.push(performance.now() - started);
  }
  saving = false;
  await searching;
  return {
    searches: visitor.cached.length,
    cachedP95: percentile(visitor.cached, 95),
    renderedP95: percentile(visitor.rendered, 95),
    saveP50: percentile(saveMs, 50),
    visibleP50: percentile(visibleMs, 50),
    visibleMax: Math.max(...visibleMs),
  };
}
