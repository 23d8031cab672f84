import { getLocale, getTranslations } from "next-intl/server";
import { SourceCitationText } from "@/components/provenance/source-citation";
import { calendarRules, calendarSources } from "@/lib/deadline/calendar";
import type { Locale } from "@/lib/i18n/locales";
import { citeSource } from "@/lib/provenance/cite";

type Rule = keyof typeof calendarRules;

/** Each rule of the count, the sources that state it and their words (no JavaScript: a <details>). */
export async function DeadlineSources() {
  const t = await getTranslations("Deadline");
  const locale = (await getLocale()) as Locale;
  const rules = Object.entries(calendarRules) as [Rule, string | string[]][];
  return (
    <section aria-labelledby="deadline-sources" className="space-y-2">
      <h2 id="deadline-sources" className="text-xl font-semibold">
        {t("sourcesTitle")}
      </h2>
      <p className="text-sm">{t("sourcesIntro")}</p>
      <ul className="space-y-3 text-sm">
        {rules.map(([rule, keys]) => (
          <li key={rule} className="space-y-1">
            <p className="font-medium">{t(`sourceStates.${rule}`)}</p>
            <ul className="list-disc space-y-1 pl-6 break-words">
              {[keys].flat().map((key) => {
                const source = calendarSources.get(key)!;
                const cited = citeSource(
                  { publisher: source.publisher ?? null, title: source.title ?? null, description: source.description ?? null, url: source.url ?? null, published: source.published ?? null },
                  locale,
                );
                return (
                  <li key={key}>
                    <SourceCitationText cited={cited} />
                    <details>
                      <summary className="cursor-pointer">{t("sourceQuote")}</summary>
                      <blockquote lang="es" className="mt-1 border-l-4 border-gray-300 pl-3 italic">
                        {source.excerpt}
                      </blockquote>
                    </details>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
