import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { LegalBody } from "@/components/legal/legal-body";
import { TagList } from "@/components/organizations/tag-list";
import { LocalizedText } from "@/components/ui/localized-text";
import { getLegalNoteBySlug, listOrganizationsOffering } from "@/lib/data/legal-notes";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

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

export default async function LegalNotePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const note = await loadNote(slug, locale);
  if (!note) notFound();
  const t = await getTranslations("LegalNote");
  const tt = await getTranslations("Taxonomy");
  const format = await getFormatter();
  const helpers = await listOrganizationsOffering(note.relatedServiceTypes, locale);
  return (
    <article className="space-y-6">
      <p className="no-print text-sm">
        <Link href="/legal">← {t("backToList")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <LocalizedText value={note.title} />
        </h1>
        <LocalizedText value={note.summary} as="p" className="text-lg font-medium text-gray-800" />
        <p className="text-sm text-gray-700">
          {note.reviewedAt ? t("reviewedOn", { date: format.dateTime(note.reviewedAt, { dateStyle: "long" }) }) : t("notReviewed")}
        </p>
      </header>
      {note.body ? <LegalBody body={note.body} /> : null}

      <section aria-labelledby="helpers" className="space-y-3">
        <h2 id="helpers" className="text-xl font-semibold">
          {t("whoCanHelp")}
        </h2>
        {helpers.length === 0 ? <p>{t("noHelpers")}</p> : null}
        <ul className="space-y-2">
          {helpers.map((helper) => (
            <li key={helper.slug} className="space-y-1">
              <Link href={{ pathname: "/organizations/[slug]", params: { slug: helper.slug } }} className="font-medium">
                <LocalizedText value={helper.name} />
              </Link>
              <TagList items={helper.serviceTypes.map((type) => ({ key: type, label: tt(`serviceType.${type}`) }))} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources" className="text-xl font-semibold">
          {t("sources")}
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {note.sources.map((source) => (
            <li key={`${source.title}-${source.url ?? source.document}`}>
              {source.url ? (
                <a href={source.url} rel="noreferrer">
                  {source.title}
                </a>
              ) : (
                <span>{source.title}</span>
              )}
              {source.document ? <span> — {t("sourceDocument", { document: source.document })}</span> : null}
              {source.date ? <span> ({source.date})</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
