// Public pages go to the browser as plain HTML: without Next's and React's
// client runtime (about 131 KB compressed, 90% of the directory page) and
// without React's payload of the page (which repeats the HTML for the client
// router). Nothing on a public page needs React in the browser: links are
// plain <a>, forms are plain GET or POST forms, and what scripts add (quick
// exit, "near me", copy, print, the offline worker) is one small inline
// script (components/layout/page-script.tsx). Decision 029.
//
// The admin area keeps the runtime: its forms are React forms.
//
// Next streams a page; to take out its scripts the whole page is held here,
// then compressed once. Our own inline scripts (nonce'd, not Next's) stay.
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { quickExitUrl } from "@/components/layout/quick-exit";
import { pageTranslator, simplePageHtml, standalonePagePolicy } from "@/lib/http/html-page";
import { createNonce } from "@/lib/http/security-headers";
import { getPathname } from "@/lib/i18n/paths";
import { answerLocaleOf, localeOfPath, type Locale } from "@/lib/i18n/locales";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** A page of the public site: under a locale, outside the admin area, not a file. */
export function isPublicPagePath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0] ?? "";
  if (!localeOfPath(path) || path.split("/")[2] === "admin") return false;
  return !/\.[a-z0-9]+$/i.test(path);
}

// Next's scripts and their preloads, by the address of the build's own files.
const nextScriptTag = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g;
const linkTag = /<link\b[^>]*>/g;
const isScriptPreload = (tag: string) => /\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag);
// React's payload for the client router: inline scripts that push into self.__next_f. React escapes "<" inside them.
const payloadScript = /<script\b[^>]*>\s*\(?self\.__next_f\b[\s\S]*?<\/script>/g;

/** The page's HTML without Next's client runtime and React's payload; everything else as rendered. */
export function withoutClientRuntime(html: string): string {
  return html
    .replace(nextScriptTag, "")
    .replace(payloadScript, "")
    .replace(linkTag, (tag) => (isScriptPreload(tag) ? "" : tag));
}

/**
 * When a page calls notFound() (or fails), Next answers with an empty error
 * shell and lets its client runtime draw the page (vercel/next.js#62228): a
 * blank page without JavaScript, and on every public page now.
 */
const isErrorShell = (html: string) => /^<!DOCTYPE html><html id="__next_error__"/i.test(html);

/** What replaces the empty shell: the not-found page (or the error page) in the reader's language, with the way out. */
export function errorPageHtml(locale: Locale, status: number, nonce: string): string {
  const layout = pageTranslator(locale, "Layout");
  const notFound = pageTranslator(locale, "NotFound");
  const error = pageTranslator(locale, "Error");
  const text = status === 404 ? { title: notFound("title"), body: notFound("body") } : { title: error("title"), body: error("body") };
  return simplePageHtml({
    locale,
    title: text.title,
    paragraphs: [text.body],
    links: [
      { href: getPathname({ locale, href: "/directory" }), text: layout("navDirectory") },
      { href: getPathname({ locale, href: "/" }), text: notFound("home") },
    ],
    nonce,
    before: { href: quickExitUrl, text: layout("quickExit"), external: true },
  });
}

/** gzip when the visitor accepts it (and does not refuse it with q=0). */
export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b(?!\s*;\s*q=0(\.0+)?\b)/i.test(String(req.headers["accept-encoding"] ?? ""));
}

const listOf = (value: OutgoingHttpHeader | undefined) =>
  (Array.isArray(value) ? value : String(value ?? "").split(","))
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Wraps the page handler: a public page's HTML is held until Next ends it,
 * stripped of the client runtime and compressed here (Next is asked for it
 * uncompressed). Other answers pass through as they were written.
 */
export function servePlainPages(handle: Handler): Handler {
  return (req, res) => {
    if (req.method !== "GET" || !isPublicPagePath(req.url ?? "/")) return handle(req, res);
    const gzip = acceptsGzip(req);
    req.headers["accept-encoding"] = "identity";
    holdUntilEnd(res, (body) => {
      if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return body;
      const html = body.toString("utf8");
      let plain: Buffer;
      if (isErrorShell(html)) {
        const nonce = createNonce();
        res.setHeader("content-security-policy", standalonePagePolicy(nonce));
        plain = Buffer.from(errorPageHtml(answerLocaleOf(req.url ?? "/"), res.statusCode, nonce));
      } else plain = Buffer.from(withoutClientRuntime(html));
      res.removeHeader("transfer-encoding");
      if (!gzip) return plain;
      res.setHeader("content-encoding", "gzip");
      const vary = listOf(res.getHeader("vary"));
      if (!vary.some((name) => name.toLowerCase() === "accept-encoding")) res.setHeader("vary", [...vary, "Accept-Encoding"].join(", "));
      return gzipSync(plain);
    });
    return handle(req, res);
  };
}

type Callback = (error?: Error | null) => void;

/**
 * Holds what is written to `res` (headers and body) until `end`, then sends
 * `finish(body)` in one piece with its length. Written for Next's handler,
 * which sets headers, may call writeHead and flushHeaders, writes and ends.
 */
function holdUntilEnd(res: ServerResponse, finish: (body: Buffer) => Buffer) {
  const chunks: Buffer[] = [];
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
  const end = res.end.bind(res) as (body?: Buffer) => ServerResponse;
  const hold = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const text = typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8";
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, text) : Buffer.from(chunk as Uint8Array));
  };
  const callbackIn = (args: unknown[]) => args.find((arg): arg is Callback => typeof arg === "function");

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null) as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
    if (Array.isArray(headers)) {
      for (let index = 0; index + 1 < headers.length; index += 2) res.setHeader(String(headers[index]), headers[index + 1] as OutgoingHttpHeader);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    return res;
  }) as ServerResponse["writeHead"];
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    hold(chunk, rest[0]);
    callbackIn(rest)?.();
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    hold(chunk, rest[0]);
    const body = finish(Buffer.concat(chunks));
    res.setHeader("content-length", String(body.length));
    writeHead(res.statusCode);
    end(body);
    callbackIn(rest)?.();
    return res;
  }) as ServerResponse["end"];
}
