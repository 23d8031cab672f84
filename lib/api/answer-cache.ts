// The public API's answers, kept in the page cache (lib/cache/page-cache.ts, decision 025) beside the pages: made
// once per distinct URL and served from there until a write names one of their tags (derived from the address by
// the same `tagsForPath` as the pages') or their minute ends ("open now" follows the clock). Only the body is kept:
// the rate limit, CORS, the ETag's comparison with If-None-Match and the status of errors stay per request
// (lib/api/route.ts).
import { cacheStatusHeader, type CachedResponse, type PageCache } from "@/lib/cache/page-cache";
import { isDatabaseKnownDown } from "@/lib/db/availability";
import { strongEtag, type ApiBody } from "@/lib/http/api-response";

declare global {
  /** The cache the API keeps its answers in; unset, each answer is made for its request. */
  var amparoApiAnswerCache: PageCache | undefined;
}

/**
 * The entry point (scripts/serve.ts) calls this when it serves pages from the cache (PAGE_CACHE=on), and so hears
 * other instances' writes. Elsewhere (`next dev`, tests that call the routes) nothing is kept unless asked.
 */
export function keepApiAnswersIn(cache: PageCache | undefined): void {
  globalThis.amparoApiAnswerCache = cache;
}

/** Page keys begin with the encoding; the API's answers do not depend on it (nor on the host: links are relative). */
export const apiCacheKey = (url: URL) => `api ${url.pathname}${url.search}`;

/** The cache for this request, or none: not for other methods, nor while the database is known to be down (the 503). */
function cacheFor(request: Request): PageCache | undefined {
  const cache = globalThis.amparoApiAnswerCache;
  if (!cache?.enabled || isDatabaseKnownDown()) return undefined;
  return request.method === "GET" || request.method === "HEAD" ? cache : undefined;
}

/** `Cache-Control: no-cache` asks for an answer made now (RFC 9111 §5.2.1.4); the bench measures that way. */
const asksForFresh = (request: Request) =>
  /(^|,)\s*no-cache\s*(,|$)/i.test(request.headers.get("cache-control") ?? "") || /no-cache/i.test(request.headers.get("pragma") ?? "");

function keptCopy(answer: ApiBody, etag: string): CachedResponse {
  const body = typeof answer.body === "string" ? Buffer.from(answer.body, "utf8") : Buffer.from(answer.body);
  return { status: 200, headers: { ...answer.headers, "content-type": answer.contentType, etag }, body };
}

function fromCopy({ headers, body }: CachedResponse): ApiBody {
  const { "content-type": contentType, etag, ...rest } = headers as Record<string, string>;
  // A Buffer made by Buffer.from lies over an ArrayBuffer (never a SharedArrayBuffer): what a Response accepts.
  return { body: body as Uint8Array<ArrayBuffer>, contentType: contentType!, headers: rest, etag };
}

/**
 * The answer to `request`: the kept one, or the one `make` gives now, kept for the next request of the same URL;
 * with `headers`, what to add to the response to say which (`cacheStatusHeader`), nothing when there is no cache.
 * What `make` throws (a 400, a 404, a database error) is thrown on, and nothing is kept.
 */
export async function answerOnce(request: Request, make: () => Promise<ApiBody>): Promise<{ answer: ApiBody; headers: Record<string, string> }> {
  const cache = cacheFor(request);
  if (!cache) return { answer: await make(), headers: {} };
  const url = new URL(request.url);
  const key = apiCacheKey(url);
  const hit = asksForFresh(request) ? undefined : cache.lookup(key);
  if (hit) return { answer: fromCopy(hit), headers: { [cacheStatusHeader]: "hit" } };
  // Taken before the queries: a write heard while they ran makes the store a no-op.
  const ticket = cache.begin();
  const answer = await make();
  const etag = answer.etag ?? strongEtag(answer.body);
  cache.store(key, url.pathname + url.search, ticket, keptCopy(answer, etag));
  return { answer: { ...answer, etag }, headers: { [cacheStatusHeader]: "miss" } };
}
