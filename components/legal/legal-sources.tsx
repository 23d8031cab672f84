import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { citeSeedDocument } from "@/lib/seed-documents";

type Source = { title: string; url?: string; document?: string; date?: string };

/**
 * A legal note's sources. A seed document is cited from the catalogue
 * (title, publisher, the date it gives), never by its file name; one the
 * catalogue does not know keeps the row's own title.
 */
export async function LegalSources({ sources }: { sources: Source[] }) {
  const t = await getTranslations("LegalNote");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="sources" className="space-y-2">
      <h2 id="sources" className="text-xl font-semibold">
        {t("sources")}
      </h2>
      <ul className="list-disc space-y-1 pl-6 text-sm break-words">
        {sources.map((source, index) => {
          const cited = citeSeedDocument(source.document, locale);
          const title = cited ? (cited.ownTitle ? t("quotedTitle", { title: cited.title }) : cited.title) : source.title;
          const updated = cited?.lastUpdated
            ? t("lastUpdated", { date: format.dateTime(cited.lastUpdated, { month: "long", year: "numeric", timeZone: "UTC" }) })
            : null;
          return (
            <li key={index}>
              {source.url ? (
                <a href={source.url} rel="noreferrer">
                  {title}
                </a>
              ) : (
                <span>{title}</span>
              )}
              {cited?.publisher ? <span>, {cited.publisher}</span> : null}
              {updated ? <span> ({updated})</span> : null}
              {!cited && source.date ? <span> ({source.date})</span> : null}
              {source.document ? <span> — {t("sourceDocument")}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
