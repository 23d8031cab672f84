// The office page's "report a problem" form posts here as a plain HTML form,
// so it works without JavaScript. (A server action would not: the site's
// Referrer-Policy: no-referrer makes browsers send "Origin: null" with form
// posts, which Next's server-action origin check rightly refuses.)
import { type NextRequest, NextResponse } from "next/server";
import { reportFormSchema, submitProblemReport } from "@/lib/data/problem-reports";
import { db } from "@/lib/db/client";
import { readBoundedBody, mediaType } from "@/lib/http/bounded-body";
import { addressFromHeaders } from "@/lib/http/client-address";
import { unlessDatabaseDown } from "@/lib/http/database-outage";
import { reportRefusalResponse } from "@/lib/reports/report-answer";
import { maxReportBodyBytes, officePath, reportTargetFrom } from "@/lib/reports/report-target";
import { unstorableCharacterMessage } from "@/lib/validation/text";

export async function POST(request: NextRequest) {
  const target = reportTargetFrom(request.nextUrl.searchParams);
  if (mediaType(request) !== "application/x-www-form-urlencoded") return reportRefusalResponse("unsupported", target);
  const body = await readBoundedBody(request, maxReportBodyBytes);
  if (!body.ok) return reportRefusalResponse("tooLarge", target);
  if (!target.office) return reportRefusalResponse("unknownOffice", target);
  const fields = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body.bytes)));
  const draft = String(fields.message ?? "");
  const parsed = reportFormSchema.safeParse({ ...fields, office: target.office, locale: target.locale });
  if (!parsed.success) {
    const refusal = parsed.error.issues.some((issue) => issue.message === unstorableCharacterMessage) ? "controlCharacter" : "invalid";
    return reportRefusalResponse(refusal, target, draft);
  }
  const { office, locale } = target;
  return unlessDatabaseDown(
    async () => {
      const outcome = await submitProblemReport(db(), parsed.data, addressFromHeaders(request.headers));
      // The message was fine, so "invalid" here means no published office has that slug.
      if (outcome === "invalid") return reportRefusalResponse("unknownOffice", target);
      if (outcome === "limited") return reportRefusalResponse("limited", target, draft);
      // A relative Location keeps the host the person used (behind a proxy the server may not know it).
      return new NextResponse(null, { status: 303, headers: { Location: officePath(office, locale, { report: "sent" }) } });
    },
    // During an outage the form comes back filled in, with a 503, so the person can send it again later.
    () => reportRefusalResponse("unavailable", target, draft),
  );
}
