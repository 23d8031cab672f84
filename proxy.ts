// Locale routing (next-intl) and the database outage page. Nothing here
// authorises anything: pages and actions check for themselves.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { isDatabaseAvailable } from "@/lib/db/availability";
import { requestPathHeader } from "@/lib/http/request-path";
import { createNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";
import { unavailableResponse } from "@/lib/http/unavailable-page";
import { localeForAcceptLanguage } from "@/lib/i18n/accept-language";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

const handleLocale = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  request.headers.set("content-security-policy", csp);
  request.headers.set(requestPathHeader, request.nextUrl.pathname + request.nextUrl.search);

  // Only "/" and other addresses without a language consult it: see lib/i18n/accept-language.ts.
  request.headers.set("accept-language", localeForAcceptLanguage(request.headers.get("accept-language")));
  let response = handleLocale(request);
  if (!response.headers.has("location") && !(await isDatabaseAvailable())) {
    const first = request.nextUrl.pathname.split("/")[1];
    response = unavailableResponse(isLocale(first) ? first : defaultLocale, request.nextUrl.pathname + request.nextUrl.search, nonce);
  }
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API, Next's assets or files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
