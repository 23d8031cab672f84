import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeadlineResultSection } from "@/components/deadline/deadline-result";
import { DeadlineSources } from "@/components/deadline/deadline-sources";
import { ReviewMark } from "@/components/ui/review-mark";
import { computeDeadline } from "@/lib/deadline/compute";
import { todayInMexico } from "@/lib/deadline/plain-date";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enteredParam, parseEnteredParam } from "@/lib/validation/deadline";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Deadline" });
  // A page with someone's date of entry is theirs, not one for search engines.
  const personal = Object.keys(await searchParams).length > 0;
  return { title: t("title"), description: t("description"), alternates: localeAlternates("/deadline", locale), robots: personal ? { index: false } : undefined };
}

// Nothing here is stored or logged: the date is read from the address, counted and forgotten.
// The offline worker never keeps this page with a date in it (public/sw-rules.js).
export default async function DeadlinePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Deadline");
  const param = parseEnteredParam((await searchParams)[enteredParam]);
  const today = todayInMexico();
  const result = param.state === "valid" ? computeDeadline(param.date, today) : null;
  const error = param.state === "invalid" ? t(param.error, { typed: param.typed }) : result?.kind === "future" ? t("future") : null;
  const inputId = "entered-date";

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ReviewMark textId="deadline-calculator" locale={locale} />
        <p>{t("intro")}</p>
        <p className="text-sm">
          {t.rich("privacy", {
            link: (chunks) => (
              <Link href="/browse-safely" locale={locale}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>

      <form method="get" action={getPathname({ href: "/deadline", locale })} className="space-y-2 rounded-lg bg-gray-50 p-4" noValidate>
        <h2 className="text-lg font-semibold">{t("formTitle")}</h2>
        <label htmlFor={inputId} className="block font-medium">
          {t("label")}
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-gray-700">
          {t("hint")}
        </p>
        <input
          id={inputId}
          name={enteredParam}
          type="date"
          max={today}
          required
          defaultValue={param.state === "valid" ? param.date : param.state === "invalid" ? param.typed : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
          className="block min-h-11 w-full max-w-xs rounded border border-gray-500 bg-white px-3 py-2"
        />
        {error ? (
          <p id={`${inputId}-error`} className="font-medium text-red-800">
            {error}
          </p>
        ) : null}
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>

      {result && result.kind !== "future" ? <DeadlineResultSection result={result} locale={locale} /> : null}

      <p className="text-sm text-gray-700">{t("notAdvice")}</p>
      <DeadlineSources />
    </article>
  );
}
