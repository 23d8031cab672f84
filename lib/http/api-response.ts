// Responses of the public read-only API: CORS for reading from any origin,
// a short public cache, and a strong ETag so that a client that already has
// the current body gets an empty 304.
import { createHash } from "node:crypto";
import { outageRetryAfter } from "@/lib/http/database-outage";

export const apiCacheControl = "public, max-age=60";

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset",
  "Access-Control-Max-Age": "86400",
} as const;

/** A strong validator: the same bytes always give the same tag, on every instance. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/** What an API route answers: its body, and its ETag when it is already known (a kept answer's). */
export type ApiBody = { body: string | Uint8Array<ArrayBuffer>; contentType: string; headers?: Record<string, string>; etag?: string };

/** 200 with the body, or 304 without it when the client's copy is current. */
export function cachedResponse(request: Request, { body, contentType, headers = {}, etag = strongEtag(body) }: ApiBody, extra: Record<string, string> = {}): Response {
  const common = { ...corsHeaders, ...extra, ...headers, ETag: etag, "Cache-Control": apiCacheControl };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body, { status: 200, headers: { ...common, "Content-Type": contentType } });
}

/** An error the client can act on; `parameter` names the query parameter at fault. */
export function errorResponse(status: number, message: string, { parameter, headers = {} }: { parameter?: string; headers?: Record<string, string> } = {}) {
  return Response.json(
    { error: { ...(parameter ? { parameter } : {}), message } },
    { status, headers: { ...corsHeaders, ...headers, "Cache-Control": "no-store" } },
  );
}

/** The database cannot be reached: try again shortly. */
export function unavailableApiResponse(headers: Record<string, string> = {}) {
  return errorResponse(503, "The database is unavailable. Try again shortly.", { headers: { ...headers, "Retry-After": outageRetryAfter } });
}

/** The CORS preflight: only reading is allowed. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, Allow: "GET, HEAD, OPTIONS" } });
}
