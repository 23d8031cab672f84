// Locale routing (next-intl) and the database outage page. Nothing here
// authorises anything: pages and actions check for themselves.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { isDatabaseAvailable } from "@/lib/db/availability";
import { unavailableResponse } from "@/lib/http/unavailable-page";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

const handleLocale = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const response = handleLocale(request);
  if (response.headers.has("location")) return response;
  if (!(await isDatabaseAvailable())) {
    const first = request.nextUrl.pathname.split("/")[1];
    return unavailableResponse(isLocale(first) ? first : defaultLocale, request.nextUrl.pathname + request.nextUrl.search);
  }
  return response;
}

export const config = {
  // Pages only: not the API, Next's assets or files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
