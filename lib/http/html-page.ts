// Small standalone HTML pages answered outside React, in the reader's
// language: while the database is down (nothing to render with), for a
// request Next cannot route (a malformed address), for a refused problem
// report (the form comes back filled in), and for a public page Next answers
// with its empty error shell (lib/http/plain-pages.ts). Everything interpolated goes
// through escapeHtml; the one inline style carries the response's nonce.
import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/locales";
import { createNonce } from "@/lib/http/security-headers";


export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/** The messages of one namespace, translated as the rest of the site is. */
export function pageTranslator<N extends "Unavailable" | "BadRequest" | "ReportProblem" | "NotFound" | "Error" | "Layout">(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace });
}

/**
 * The policy of such a page: no script at all, only its own nonced style
 * block, and forms may post only to the site. It replaces the API's
 * `default-src 'none'` for this response.
 */
export const standalonePagePolicy = (nonce: string) =>
  `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const baseStyle =
  "body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2937 } a { color: #1d4ed8 }";

/** The whole document. `body` is HTML the caller has already escaped; `style` adds page-specific rules. */
export function standaloneHtml({ locale, title, body, nonce, style = "" }: { locale: Locale; title: string; body: string; nonce: string; style?: string }): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Amparo</title>
<style nonce="${nonce}">${baseStyle} ${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

type Link = { href: string; text: string; external?: boolean };
const linkHtml = (link: Link) => `<a href="${escapeHtml(link.href)}"${link.external ? ' rel="noreferrer"' : ""}>${escapeHtml(link.text)}</a>`;

/** A heading, paragraphs and links: the shape of the outage and bad-address pages. `before` goes above the heading. */
export function simplePageHtml({ locale, title, paragraphs, links, nonce, before }: {
  locale: Locale;
  title: string;
  paragraphs: string[];
  links: Link[];
  nonce: string;
  before?: Link;
}): string {
  const body = [
    ...(before ? [`<p class="before">${linkHtml(before)}</p>`] : []),
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    ...links.map((link) => `<p>${linkHtml(link)}</p>`),
  ].join("\n");
  return standaloneHtml({ locale, title, body, nonce, style: before ? ".before { text-align: right }" : "" });
}

export function standaloneHtmlResponse({ locale, title, body, status, style = "", headers = {} }: {
  locale: Locale;
  title: string;
  body: string;
  status: number;
  style?: string;
  headers?: Record<string, string>;
}): Response {
  const nonce = createNonce();
  return new Response(standaloneHtml({ locale, title, body, nonce, style }), {
    status,
    headers: {
      ...headers,
      "content-type": "text/html; charset=utf-8",
      // It may hold what the person typed: no cache keeps it.
      "cache-control": "no-store",
      "content-security-policy": standalonePagePolicy(nonce),
    },
  });
}
