// Serves public pages from the page cache (lib/cache/page-cache.ts, decision
// 025), and keeps what Next renders for the next request of the same URL.
// Only what every visitor sees alike is kept: a GET of a page under a locale,
// with no cookie but the language one, and no header of Next's client router;
// only a 200 that sets no cookie. While the database is known to be down the
// cache is passed by, so the outage page and its recovery work as before.
import type { IncomingMessage, ServerResponse } from "node:http";
import { pageCache, type PageCache } from "@/lib/cache/page-cache";
import { isLocale } from "@/lib/i18n/locales";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export const cacheStatusHeader = "x-amparo-cache";

/** Next compresses with gzip when asked; the copy kept is the one Next sent, so each way of asking has its own. */
function encodingOf(req: IncomingMessage): "gzip" | "identity" | undefined {
  const accepted = String(req.headers["accept-encoding"] ?? "");
  if (accepted === "") return "identity";
  if (/\bgzip\b(?!\s*;\s*q=0(\.0+)?\b)/i.test(accepted)) return "gzip";
  return undefined;
}

const onlyLanguageCookie = (cookie: string | undefined) =>
  !cookie || cookie.split(";").every((part) => part.trim() === "" || part.trim().startsWith("NEXT_LOCALE="));

/** The cache key of a request, or undefined when it must be rendered for this visitor alone. */
export function cacheKeyOf(req: IncomingMessage): string | undefined {
  const target = req.url ?? "/";
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  if (!isLocale(target.split(/[/?#]/)[1] ?? "")) return undefined;
  if (/^\/[^/?#]+\/admin(\/|$|\?)/.test(target)) return undefined;
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-router-prefetch"] || req.headers["next-action"]) return undefined;
  if (!onlyLanguageCookie(req.headers.cookie)) return undefined;
  const encoding = encodingOf(req);
  return encoding ? `${encoding} ${target}` : undefined;
}

const outage = globalThis as unknown as { amparoDatabaseDownSince?: number };

/** Wraps the page handler: answers from the cache, or renders and keeps the answer. */
export function servePagesFromCache(handle: Handler, cache: PageCache = pageCache()): Handler {
  return (req, res) => {
    const key = cacheKeyOf(req);
    if (!key || !cache.enabled || outage.amparoDatabaseDownSince !== undefined) return handle(req, res);
    const hit = cache.lookup(key);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, [cacheStatusHeader]: "hit" });
      res.end(req.method === "HEAD" ? undefined : hit.body);
      return;
    }
    if (req.method === "HEAD") return handle(req, res);
    keepWhatIsRendered(req, res, cache, key);
    return handle(req, res);
  };
}

function keepWhatIsRendered(req: IncomingMessage, res: ServerResponse, cache: PageCache, key: string) {
  const ticket = cache.begin();
  const chunks: Buffer[] = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  res.setHeader(cacheStatusHeader, "miss");
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const result = (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    const headers = res.getHeaders();
    const type = String(headers["content-type"] ?? "");
    if (res.statusCode === 200 && !headers["set-cookie"] && type.startsWith("text/html")) {
      const kept: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && name !== cacheStatusHeader) kept[name] = typeof value === "number" ? String(value) : value;
      }
      cache.store(key, req.url ?? "/", ticket, { status: 200, headers: kept, body: Buffer.concat(chunks) });
    }
    return result;
  }) as ServerResponse["end"];
}
