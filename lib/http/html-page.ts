// A small standalone HTML page answered outside React (a route handler), in
// the reader's language. Everything interpolated must go through escapeHtml.
import type { Locale } from "@/lib/i18n/locales";
import { createNonce } from "@/lib/http/security-headers";

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/**
 * The policy of such a page: no script at all, only its own nonced style
 * block, and forms may post only to the site. It replaces the API's
 * `default-src 'none'` for this response.
 */
export const standalonePagePolicy = (nonce: string) =>
  `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const baseStyle =
  "body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2937 }";

/** `body` is HTML the caller has already escaped; `style` adds page-specific rules. */
export function standaloneHtmlResponse({ locale, title, body, status, style = "", headers = {} }: {
  locale: Locale;
  title: string;
  body: string;
  status: number;
  style?: string;
  headers?: Record<string, string>;
}): Response {
  const nonce = createNonce();
  const html = `<!doctype html>
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
  return new Response(html, {
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
