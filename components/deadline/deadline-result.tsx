import { getFormatter, getTranslations } from "next-intl/server";
import type { DeadlineResult } from "@/lib/deadline/compute";
import { noonUtc, type PlainDate } from "@/lib/deadline/plain-date";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { enteredParam } from "@/lib/validation/deadline";
import { deadlineNoteSlug } from "@/lib/legal-note-slugs";

// The legal note this page puts into numbers (prisma/seed/data/legal-notes/06-…).

const buttonClass = "inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white";

type Shown = Exclude<DeadlineResult, { kind: "future" }>;

/** The deadline, how it was counted and, once it has passed, what can still be done. */
export async function DeadlineResultSection({ result, locale }: { result: Shown; locale: Locale }) {
  const t = await getTranslations("Deadline");
  const format = await getFormatter();
  const long = (date: PlainDate) => format.dateTime(noonUtc(date), { dateStyle: "full", timeZone: "UTC" });
  const passed = result.kind === "beforeCalendar" || (result.kind === "deadline" && result.passed);

  return (
    <section aria-labelledby="deadline-result" className="space-y-4 rounded-lg border-2 border-brand-700 p-4">
      <h2 id="deadline-result" className="text-xl font-semibold">
        {result.kind === "deadline" && result.passed
          ? t("passedTitle", { deadline: long(result.deadline) })
          : result.kind === "beforeCalendar"
            ? t("beforeCalendarTitle")
            : t("resultTitle")}
      </h2>

      {result.kind === "beyondCalendar" ? <p>{t("beyondCalendar")}</p> : null}
      {result.kind === "beforeCalendar" ? <p>{t("beforeCalendar", { year: result.firstYear })}</p> : null}

      {result.kind === "deadline" && !result.passed ? (
        <>
          <p>{t("deadlineIntro", { entered: long(result.entered) })}</p>
          <p className="text-2xl font-bold" data-deadline={result.deadline}>
            {long(result.deadline)}
          </p>
          <p className="font-medium">{t("daysLeft", { count: result.workingDaysLeft })}</p>
          <p>
            <a href={`/api/deadline.ics?${new URLSearchParams({ [enteredParam]: result.entered, lang: locale })}`} download className={buttonClass}>
              {t("calendarFile")}
            </a>
          </p>
          <p className="text-sm">{t("calendarFileHint")}</p>
        </>
      ) : null}

      {result.kind === "deadline" ? (
        <div className="space-y-2 text-sm">
          <p>{t("howCounted", { first: long(result.firstDay) })}</p>
          {result.skipped.length > 0 ? (
            <>
              <p>{t("skippedTitle")}</p>
              <ul className="list-disc pl-6">
                {result.skipped.map((day) => (
                  <li key={day.date}>
                    {day.why === "restDay"
                      ? t("skippedRestDay", { date: long(day.date), name: t(`restDays.${day.name}`) })
                      : t("skippedClosure", { date: long(day.date) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {result.yearsWithoutAgreement.length > 0 ? (
            <p className="rounded bg-gray-50 p-3">{t("noAgreement", { years: format.list(result.yearsWithoutAgreement.map(String), { type: "conjunction" }) })}</p>
          ) : null}
        </div>
      ) : null}

      {passed || result.kind === "beyondCalendar" ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">{t("stillTitle")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t("stillLate")}</li>
            <li>{t("stillNewDanger")}</li>
            <li>{t("stillHelp")}</li>
          </ul>
        </div>
      ) : null}

      <p className="flex flex-wrap gap-3">
        <Link href={{ pathname: "/directory", query: { service: "legal_representation" } }} locale={locale} className={buttonClass}>
          {t("findHelp")}
        </Link>
      </p>
      <p>
        <Link href={{ pathname: "/legal/[slug]", params: { slug: deadlineNoteSlug } }} locale={locale}>
          {t("readNote")}
        </Link>
      </p>
    </section>
  );
}
