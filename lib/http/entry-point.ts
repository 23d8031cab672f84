// What the site's HTTP entry point (scripts/serve.ts) does before and around
// Next's request handler. `next start` offers no hook at the connection, and
// these three jobs need one:
// - the client's address, from the connection and TRUSTED_PROXY_HOPS only;
// - a 400 for a path whose percent-encoding is malformed, which Next answers
//   with a bare 500 that lacks our security headers;
// - the translated 503 page for a page that failed on the first query of a
//   database outage (the proxy answers 503 itself once the outage is known).
import type { IncomingMessage, ServerResponse } from "node:http";
import { isDatabaseKnownDown } from "@/lib/db/availability";
import { clientAddressHeader, resolveClientAddress, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { corsHeaders } from "@/lib/http/api-response";
import { createNonce, nonPageContentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";
import { pageTranslator, simplePageHtml, standalonePagePolicy } from "@/lib/http/html-page";
import { unavailableHeaders, unavailablePageHtml } from "@/lib/http/unavailable-page";
import { answerLocaleOf } from "@/lib/i18n/locales";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** The path of a request target, and whether it decodes: `/%`, `/%FF` and the like do not. */
export function hasMalformedPath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0] ?? "";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const isPage = (target: string) => !/^\/(api|_next)(\/|$)/.test(target) && !/^\/[^?#]*\.[a-z0-9]+(?:[?#]|$)/i.test(target);

type Answer = { status: number; headers: Record<string, string>; body: string };

/** A whole answer with the site's security headers, written before Next sees the request. */
function answer(status: number, body: string, contentType: string, policy: string, extra: Record<string, string> = {}): Answer {
  const headers: Record<string, string> = { "content-type": contentType, "cache-control": "no-store", ...extra };
  for (const { key, value } of staticSecurityHeaders) headers[key] = value;
  headers["content-security-policy"] = policy;
  headers["content-length"] = String(Buffer.byteLength(body));
  return { status, headers, body };
}

const pageAnswer = (status: number, html: string, policy: string, extra: Record<string, string> = {}) =>
  answer(status, html, "text/html; charset=utf-8", policy, extra);

/** 400 for a path that does not decode: the API's JSON error for API paths, a translated page for the rest. */
export function badRequestAnswer(target: string): Answer {
  if (target.startsWith("/api/")) {
    const body = JSON.stringify({ error: { message: "The path's percent-encoding is malformed." } });
    return answer(400, body, "application/json; charset=utf-8", nonPageContentSecurityPolicy, { ...corsHeaders });
  }
  const locale = answerLocaleOf(target);
  const t = pageTranslator(locale, "BadRequest");
  const nonce = createNonce();
  const html = simplePageHtml({ locale, title: t("title"), paragraphs: [t("body")], links: [{ href: `/${locale}`, text: t("home") }], nonce });
  return pageAnswer(400, html, standalonePagePolicy(nonce));
}

/**
 * Wraps Next's handler. `trustedHops` comes from TRUSTED_PROXY_HOPS.
 */
export function guardRequests(handle: Handler, { trustedHops }: { trustedHops: number }): Handler {
  trustClientAddressHeader();
  return (req, res) => {
    const target = req.url ?? "/";
    req.headers[clientAddressHeader] = resolveClientAddress({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedHops,
    });
    if (hasMalformedPath(target)) {
      const refused = badRequestAnswer(target);
      res.writeHead(refused.status, refused.headers).end(req.method === "HEAD" ? undefined : refused.body);
      return;
    }
    if (isPage(target)) answerOutageWithUnavailablePage(req, res, target);
    return handle(req, res);
  };
}

/**
 * If a page's render fails while the database layer has just seen the
 * connection go (lib/db/availability.ts sets the flag before the error reaches
 * React), the 500 becomes the translated 503 page. Next's compression wraps
 * write/end after this, so they are wrapped first: whatever Next writes after
 * the swap is dropped.
 */
function answerOutageWithUnavailablePage(req: IncomingMessage, res: ServerResponse, target: string) {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => ServerResponse;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let swapped = false;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500 && !swapped && isDatabaseKnownDown()) {
      swapped = true;
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const nonce = createNonce();
      const page = pageAnswer(503, unavailablePageHtml(answerLocaleOf(target), target, nonce), standalonePagePolicy(nonce), { ...unavailableHeaders });
      writeHead(page.status, page.headers);
      end(req.method === "HEAD" ? undefined : page.body);
      return res;
    }
    return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...rest);
  }) as ServerResponse["writeHead"];
  res.write = ((...args: Parameters<ServerResponse["write"]>) => (swapped ? true : write(...args))) as ServerResponse["write"];
  res.end = ((...args: Parameters<ServerResponse["end"]>) => (swapped ? res : end(...args))) as ServerResponse["end"];
}
