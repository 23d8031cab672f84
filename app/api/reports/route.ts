// The office page's "report a problem" form posts here as a plain HTML form,
// so it works without JavaScript. (A server action would not: the site's
// Referrer-Policy: no-referrer makes browsers send "Origin: null" with form
// posts, which Next's server-action origin check rightly refuses.)
import { type NextRequest, NextResponse } from "next/server";
import { reportFormSchema, submitProblemReport } from "@/lib/data/problem-reports";
import { db } from "@/lib/db/client";
import { addressFromHeaders } from "@/lib/http/client-address";
import { unlessDatabaseDown } from "@/lib/http/database-outage";
import { createNonce } from "@/lib/http/security-headers";
import { unavailableResponse } from "@/lib/http/unavailable-page";
import { defaultLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const fields = Object.fromEntries([...(form?.entries() ?? [])].filter(([, value]) => typeof value === "string")) as Record<string, string>;
  const parsed = reportFormSchema.safeParse(fields);
  // Even when the message is refused, send the person back to the page and language they came from.
  const locale = reportFormSchema.shape.locale.safeParse(fields.locale).data ?? defaultLocale;
  const officeSlug = reportFormSchema.shape.office.safeParse(fields.office).data;
  if (!officeSlug) return NextResponse.json({ error: { parameter: "office", message: "unknown office" } }, { status: 400 });
  const path = getPathname({ href: { pathname: "/offices/[slug]", params: { slug: officeSlug } }, locale });
  // What the person wrote comes back with the page so a refused report loses nothing.
  const draft = String(fields.message ?? "").slice(0, 2000);
  return unlessDatabaseDown(
    async () => {
      const outcome = parsed.success ? await submitProblemReport(db(), parsed.data, addressFromHeaders(request.headers)) : "invalid";
      const query = new URLSearchParams({ report: outcome });
      if (outcome !== "sent") query.set("draft", draft);
      // A relative Location keeps the host the person used (behind a proxy the server may not know it).
      return new NextResponse(null, { status: 303, headers: { Location: `${path}?${query}#report` } });
    },
    // The translated 503 page; its "try again" link brings the form back with the message in it.
    () => unavailableResponse(locale, `${path}?${new URLSearchParams({ draft })}#report`, createNonce()),
  );
}
