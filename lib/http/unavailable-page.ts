// The page sent with a 503 while the database cannot be reached: by the proxy
// before a page renders, and by the entry point (scripts/serve.ts) when a
// page failed on its first query of an outage.
import { NextResponse } from "next/server";
import { pageTranslator, simplePageHtml } from "@/lib/http/html-page";
import type { Locale } from "@/lib/i18n/locales";

export const unavailableHeaders = { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" } as const;

export function unavailablePageHtml(locale: Locale, retryHref: string, nonce: string): string {
  const t = pageTranslator(locale, "Unavailable");
  return simplePageHtml({ locale, title: t("title"), paragraphs: [t("body")], links: [{ href: retryHref, text: t("retry") }], nonce });
}

export function unavailableResponse(locale: Locale, retryHref: string, nonce: string): NextResponse {
  return new NextResponse(unavailablePageHtml(locale, retryHref, nonce), { status: 503, headers: unavailableHeaders });
}
