// The page sent with a 503 while the database cannot be reached. Built as
// plain HTML in the proxy (no React render, which would need the database for
// nothing), translated from the same messages files as the rest of the site.
import { NextResponse } from "next/server";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "@/lib/i18n/locales";

const messages = { es, en } satisfies Record<Locale, typeof es>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

export function unavailableResponse(locale: Locale, retryHref: string, nonce: string): NextResponse {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "Unavailable" });
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t("title"))} · Amparo</title>
<style nonce="${nonce}">body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2937 }</style>
</head>
<body>
<main>
<h1>${escapeHtml(t("title"))}</h1>
<p>${escapeHtml(t("body"))}</p>
<p><a href="${escapeHtml(retryHref)}">${escapeHtml(t("retry"))}</a></p>
</main>
</body>
</html>`;
  return new NextResponse(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}
