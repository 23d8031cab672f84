import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { computeDeadline } from "@/lib/deadline/compute";
import { deadlineIcs } from "@/lib/deadline/ics";
import { noonUtc, todayInMexico } from "@/lib/deadline/plain-date";
import { absoluteUrl } from "@/lib/i18n/alternates";
import { defaultLocale, isLocale, locales } from "@/lib/i18n/locales";
import { enteredDateSchema, enteredParam } from "@/lib/validation/deadline";

export const dynamic = "force-dynamic";

const querySchema = z.object({ [enteredParam]: enteredDateSchema, lang: z.enum(locales).default(defaultLocale) });

/**
 * The deadline as a calendar file (`?entrada=YYYY-MM-DD&lang=es`). Made on the
 * spot from the address and forgotten: nothing is stored or logged, and the
 * answer tells every cache not to keep it.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  const result = query.success ? computeDeadline(query.data[enteredParam], todayInMexico()) : undefined;
  const asked = url.searchParams.get("lang");
  const locale = query.success ? query.data.lang : isLocale(asked) ? asked : defaultLocale;
  const t = await getTranslations({ locale, namespace: "Deadline" });
  if (!query.success || result?.kind !== "deadline") {
    return new Response(`${t("icsInvalid")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const entered = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(noonUtc(result.entered));
  const body = deadlineIcs({
    deadline: result.deadline,
    entered: result.entered,
    summary: t("icsSummary"),
    description: t("icsDescription", { entered }),
    url: absoluteUrl("/deadline", locale),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${t("icsFile")}"`,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
