import { getLocale, getTranslations } from "next-intl/server";
import { SourceCitationText } from "@/components/provenance/source-citation";
import type { Locale } from "@/lib/i18n/locales";
import { citeCatalogueSource } from "@/lib/provenance/catalogue";

type Source = { title: string; url?: string; document?: string; date?: string };

/**
 * A legal note's sources. One the directory's catalogue knows is cited from
 * it (title, publisher, the date it gives), never by a file name or key; any
 * other keeps the row's own title, address and date.
 */
export async function LegalSources({ sources }: { sources: Source[] }) {
  const t = await getTranslations("LegalNote");
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="sources" className="space-y-2">
      <h2 id="sources" className="text-xl font-semibold">
        {t("sources")}
      </h2>
      <ul className="list-disc space-y-1 pl-6 text-sm break-words">
        {sources.map((source, index) => {
          const cited = citeCatalogueSource(source.document, locale);
          return (
            <li key={index}>
              {cited ? (
                <SourceCitationText cited={{ ...cited, url: cited.url ?? source.url ?? null }} />
              ) : (
                <>
                  {source.url ? (
                    <a href={source.url} rel="noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    <span>{source.title}</span>
                  )}
                  {source.date ? <span> ({source.date})</span> : null}
                </>
              )}
              {source.document ? <span> — {t("sourceDocument")}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
