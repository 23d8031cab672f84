import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { deadlineNoteSlug } from "@/lib/legal-note-slugs";
import { LegalBody } from "@/components/legal/legal-body";
import { LegalSources } from "@/components/legal/legal-sources";
import { TagList } from "@/components/organizations/tag-list";
import { LocalizedText } from "@/components/ui/localized-text";
import { ReviewMark } from "@/components/ui/review-mark";
import { listPlacesWithOffices } from "@/lib/data/directory";
import { getLegalNoteBySlug, listOfficesOfferingIn, listOrganizationsOffering } from "@/lib/data/legal-notes";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/alternates";
import { urgentTextOfNote } from "@/lib/i18n/urgent-texts";
import { Link } from "@/lib/i18n/navigation";
import { parseDirectoryParams } from "@/lib/validation/directory-filters";

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page share one query per request.
const loadNote = cache(getLegalNoteBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const note = await loadNote(slug, locale);
  if (!note) return {};
  return {
    title: note.title?.text,
    description: note.summary?.text,
    alternates: localeAlternates({ pathname: "/legal/[slug]", params: { slug } }, locale),
  };
}

export default async function LegalNotePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const note = await loadNote(slug, locale);
  if (!note) notFound();
  const t = await getTranslations("LegalNote");
  const td = await getTranslations("Deadline");
  const tt = await getTranslations("Taxonomy");
  const format = await getFormatter();
  const { filters } = parseDirectoryParams(await searchParams);
  const [helpers, places] = await Promise.all([
    listOrganizationsOffering(note.relatedServiceTypes, locale),
    listPlacesWithOffices(locale),
  ]);
  // Only a city that has offices can be chosen; anything else in the URL is ignored.
  const city = places.flatMap((state) => state.cities).find((candidate) => candidate.slug === filters.city);
  const nearby = city ? await listOfficesOfferingIn(note.relatedServiceTypes, city.slug, locale) : [];
  // A note shown in another language is marked as a fallback already; only a translation awaits review.
  const urgentText = note.title && !note.title.isFallback ? urgentTextOfNote(slug) : null;
  return (
    <article className="space-y-6">
      <p className="no-print text-sm">
        <Link href="/legal">← {t("backToList")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <LocalizedText value={note.title} />
        </h1>
        {urgentText ? <ReviewMark textId={urgentText} locale={locale} /> : null}
        <LocalizedText value={note.summary} as="p" className="text-lg font-medium text-gray-800" />
        <p className="text-sm text-gray-700">
          {note.reviewedAt ? t("reviewedOn", { date: format.dateTime(note.reviewedAt, { dateStyle: "long" }) }) : t("notReviewed")}
        </p>
      </header>
      {note.body ? <LegalBody body={note.body} /> : null}
      {slug === deadlineNoteSlug ? (
        <p className="no-print rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4 font-medium">
          <Link href="/deadline" locale={locale}>
            {td("noteLink")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="helpers" className="space-y-3">
        <h2 id="helpers" className="text-xl font-semibold">
          {t("whoCanHelp")}
        </h2>
        {helpers.length === 0 ? <p>{t("noHelpers")}</p> : null}
        {helpers.length > 0 ? (
          <form method="get" className="no-print space-y-2 rounded-lg bg-gray-50 p-4">
            <h3 className="font-semibold">{t("nearTitle")}</h3>
            <label htmlFor="city" className="block">
              {t("cityLabel")}
            </label>
            <div className="flex flex-wrap gap-2">
              <select id="city" name="city" defaultValue={city?.slug ?? ""} className="max-w-full rounded border border-gray-400 bg-white px-3 py-2">
                <option value="">{t("anyCity")}</option>
                {places.map((state) => (
                  <optgroup key={state.slug} label={state.name}>
                    {state.cities.map((option) => (
                      <option key={option.slug} value={option.slug}>
                        {option.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
                {t("show")}
              </button>
            </div>
            {city ? (
              <div aria-live="polite" className="space-y-2 pt-2">
                <h4 className="font-medium">{t("nearList", { city: city.name })}</h4>
                {nearby.length === 0 ? (
                  <p>
                    {t("nearNone", { city: city.name })}{" "}
                    <Link href="/directory">{t("searchDirectory")}</Link>
                  </p>
                ) : (
                  <ul className="space-y-1">
                    {nearby.map((office) => (
                      <li key={office.slug}>
                        <Link href={{ pathname: "/offices/[slug]", params: { slug: office.slug } }}>
                          <LocalizedText value={office.organizationName} isName /> — <LocalizedText value={office.name} isName />
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ) : null}
          </form>
        ) : null}
        {helpers.length > 0 ? <h3 className="font-semibold">{t("allOrganizations")}</h3> : null}
        <ul className="space-y-2">
          {helpers.map((helper) => (
            <li key={helper.slug} className="space-y-1">
              <Link href={{ pathname: "/organizations/[slug]", params: { slug: helper.slug } }} className="font-medium">
                <LocalizedText value={helper.name} isName />
              </Link>
              <TagList items={helper.serviceTypes.map((type) => ({ key: type, label: tt(`serviceType.${type}`) }))} />
            </li>
          ))}
        </ul>
      </section>

      <LegalSources sources={note.sources} />
    </article>
  );
}
