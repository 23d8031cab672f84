// Serves public pages from the page cache (lib/cache/page-cache.ts, decision
// 025), and keeps what Next renders for the next request of the same URL.
// Only what every visitor sees alike is kept: a GET of a page under a locale,
// with no cookie but the language one, and no header of Next's client router;
// only a 200 that sets no cookie. While the database is known to be down the
// cache is passed by, so the outage page and its recovery work as before.
//
// A page's CSP nonce must be new on every view (Next's CSP guide): the copy is
// kept uncompressed, and each view gets a fresh nonce in its body and headers,
// compressed when the visitor asked for gzip (in pieces made once, joined
// around the new nonce: lib/http/nonce-gzip.ts).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { isDatabaseKnownDown } from "@/lib/db/availability";
import { cacheStatusHeader, pageCache, type CachedResponse, type PageCache } from "@/lib/cache/page-cache";
import { prepareRenewablePage, renewPage, type RenewablePage } from "@/lib/http/nonce-gzip";
import { acceptsGzip, isPublicPagePath } from "@/lib/http/plain-pages";
import { createNonce } from "@/lib/http/security-headers";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Pages are sent gzipped when asked (lib/http/plain-pages.ts); the copy kept is the one sent, so each way of asking has its own. */
function encodingOf(req: IncomingMessage): "gzip" | "identity" | undefined {
  const accepted = String(req.headers["accept-encoding"] ?? "");
  if (accepted === "") return "identity";
  if (acceptsGzip(req)) return "gzip";
  return undefined;
}

const onlyLanguageCookie = (cookie: string | undefined) =>
  !cookie || cookie.split(";").every((part) => part.trim() === "" || part.trim().startsWith("NEXT_LOCALE="));

/** The cache key of a request, or undefined when it must be rendered for this visitor alone. */
export function cacheKeyOf(req: IncomingMessage): string | undefined {
  const target = req.url ?? "/";
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  if (!isPublicPagePath(target)) return undefined;
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-router-prefetch"] || req.headers["next-action"]) return undefined;
  if (!onlyLanguageCookie(req.headers.cookie)) return undefined;
  const encoding = encodingOf(req);
  // The host too: the alternate-language links Next writes in the Link header name it.
  return encoding ? `${encoding} ${req.headers.host ?? ""} ${target}` : undefined;
}

/** Wraps the page handler: answers from the cache, or renders and keeps the answer. */
export function servePagesFromCache(handle: Handler, cache: PageCache = pageCache()): Handler {
  return (req, res) => {
    const key = cacheKeyOf(req);
    if (!key || !cache.enabled || isDatabaseKnownDown()) return handle(req, res);
    const hit = cache.lookup(key);
    if (hit) {
      const view = withFreshNonce(hit);
      res.writeHead(view.status, { ...view.headers, [cacheStatusHeader]: "hit" });
      res.end(req.method === "HEAD" ? undefined : view.body);
      return;
    }
    if (req.method === "HEAD") return handle(req, res);
    keepWhatIsRendered(req, res, cache, key);
    return handle(req, res);
  };
}

const nonceIn = (policy: unknown) => /'nonce-([^']+)'/.exec(String(policy ?? ""))?.[1];

/** What is kept of a rendered page: its headers without those of one transfer, its body uncompressed. */
export function keptCopy(status: number, headers: OutgoingHttpHeaders, sent: Buffer): CachedResponse | undefined {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || ["content-length", "transfer-encoding", "connection", "keep-alive", "date", cacheStatusHeader].includes(name)) continue;
    kept[name] = typeof value === "number" ? String(value) : value;
  }
  const encoding = String(headers["content-encoding"] ?? "identity");
  if (encoding !== "identity" && encoding !== "gzip") return undefined;
  // Without a nonce to renew, a copy would repeat one nonce to every visitor: not kept.
  if (!nonceIn(headers["content-security-policy"])) return undefined;
  return { status, headers: kept, body: encoding === "gzip" ? gunzipSync(sent) : sent };
}

/** Each kept copy's nonce positions and compressed pieces, made on its first view (lib/http/nonce-gzip.ts). */
const renewable = new WeakMap<CachedResponse, RenewablePage>();

/** A kept page as one visitor gets it: a nonce of its own everywhere the rendered one was, compressed if it was. */
export function withFreshNonce(copy: CachedResponse): CachedResponse {
  const old = nonceIn(copy.headers["content-security-policy"])!;
  const gzip = copy.headers["content-encoding"] === "gzip";
  let page = renewable.get(copy);
  if (!page) renewable.set(copy, (page = prepareRenewablePage(copy.body, old, { gzip })));
  const nonce = createNonce();
  const renew = (text: string) => text.replaceAll(old, nonce);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(copy.headers)) headers[name] = Array.isArray(value) ? value.map(renew) : renew(value);
  const view = renewPage(page, nonce);
  const body = gzip ? view.gzip! : view.plain;
  headers["content-length"] = String(body.length);
  return { status: copy.status, headers, body };
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
      try {
        const copy = keptCopy(200, headers, Buffer.concat(chunks));
        if (copy) cache.store(key, req.url ?? "/", ticket, copy);
      } catch (error) {
        // A body that does not decompress is simply not kept; the visitor already has it.
        console.error("A rendered page could not be kept:", error);
      }
    }
    return result;
  }) as ServerResponse["end"];
}
