// Small translated HTML pages answered outside React: while the database is
// down (nothing to render with) or for a request Next cannot route (a
// malformed address). Same messages files as the rest of the site; styled by
// one nonce'd inline rule, since these pages cannot rely on the build's CSS.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { createNonce } from "@/lib/http/security-headers";
import type { Locale } from "@/lib/i18n/locales";

const messages = { es, en } satisfies Record<Locale, typeof es>;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

type PageNamespace = "Unavailable" | "BadRequest";

export function translatorFor<N extends PageNamespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}

/** A complete page: a heading, paragraphs and links, all text escaped here. */
export function standalonePageHtml({
  locale,
  title,
  paragraphs,
  links,
  nonce = createNonce(),
}: {
  locale: Locale;
  title: string;
  paragraphs: string[];
  links: { href: string; text: string }[];
  nonce?: string;
}): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Amparo</title>
<style nonce="${nonce}">body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2937 } a { color: #1d4ed8 }</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n")}
${links.map((link) => `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`).join("\n")}
</main>
</body>
</html>`;
}

/** The policy for a standalone page: nothing but its own nonce'd style. */
export function standalonePagePolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
}
