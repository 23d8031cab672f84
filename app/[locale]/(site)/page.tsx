import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchForm } from "@/components/directory/search-form";
import { FirstSteps } from "@/components/home/first-steps";
import { LegalNoteList } from "@/components/legal/legal-note-list";
import { ReviewMark } from "@/components/ui/review-mark";
import { listPlacesWithOffices } from "@/lib/data/directory";
import { listLegalNotes } from "@/lib/data/legal-notes";
import { countDirectory } from "@/lib/data/organizations";
import { deadlineNoteSlug, fraudNoteSlug } from "@/lib/legal-note-slugs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: localeAlternates("/", locale) };
}

// The note about the COMAR deadline, linked from the home page's warning.

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  // "/favicon.ico" and the like reach this route with the file name as the locale: the
  // layout answers 404, but the page renders alongside it and must not query with it.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const td = await getTranslations("Deadline");
  const [counts, notes, places] = await Promise.all([countDirectory(), listLegalNotes(locale), listPlacesWithOffices(locale)]);
  const hasDeadlineNote = notes.some((note) => note.slug === deadlineNoteSlug);
  const hasFraudNote = notes.some((note) => note.slug === fraudNoteSlug);
  return (
    <div className="space-y-8">
      {/* The first screen of a 360×640 phone: title, search, what to do now (decision 022). */}
      <div className="space-y-3">
        <h1 className="text-xl font-bold leading-tight sm:text-3xl">{t("title")}</h1>
        <FirstSteps locale={locale} />
      </div>

      <p className="text-lg">{t("intro")}</p>

      <section aria-labelledby="search" className="rounded-lg border border-gray-200 p-4">
        <h2 id="search" className="mb-2 text-xl font-semibold">
          {t("searchTitle")}
        </h2>
        <SearchForm filters={{}} places={places} compact text={false} labelledBy="search" />
      </section>

      <section aria-labelledby="free" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="free" className="text-lg font-semibold">
          {t("freeTitle")}
        </h2>
        <ReviewMark textId="fraud-warning" locale={locale} />
        <p>{t("freeBody")}</p>
        {hasFraudNote ? (
          <p className="mt-2">
            <Link href={{ pathname: "/legal/[slug]", params: { slug: fraudNoteSlug } }}>{t("freeLink")}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="find" className="space-y-2">
        <h2 id="find" className="text-xl font-semibold">
          {t("browseTitle")}
        </h2>
        <p>{t("browseBody", counts)}</p>
        <p>
          <Link href="/organizations" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {t("browseLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="deadline" className="rounded-lg border-l-4 border-warn-800 bg-warn-50 p-4">
        <h2 id="deadline" className="text-lg font-semibold">
          {t("deadlineTitle")}
        </h2>
        <ReviewMark textId="home-deadline" locale={locale} />
        <p>{t("deadlineBody")}</p>
        {hasDeadlineNote ? (
          <p className="mt-2">
            <Link href={{ pathname: "/legal/[slug]", params: { slug: deadlineNoteSlug } }}>{t("deadlineLink")}</Link>
          </p>
        ) : null}
        <p className="mt-2">
          <Link href="/deadline" locale={locale}>
            {td("homeLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="rights" className="space-y-3">
        <h2 id="rights" className="text-xl font-semibold">
          {t("rightsTitle")}
        </h2>
        <p>{t("rightsBody")}</p>
        <LegalNoteList notes={notes} />
        <p>
          <Link href="/legal">{t("rightsLink")}</Link>
        </p>
      </section>
    </div>
  );
}
