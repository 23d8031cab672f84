import { getTranslations } from "next-intl/server";
import { formatPartialDate, SourceCitationText } from "@/components/provenance/source-citation";
import { VerificationLine } from "@/components/provenance/verification-line";
import type { Provenance } from "@/lib/provenance/shape";

type Props = {
  provenance: Provenance;
  /** Distinguishes the section when a page holds several (an organisation and its offices). */
  id: string;
  heading: "h2" | "h4";
  title?: string;
  /** Say who last checked the facts (when the page does not already, near its title). */
  withVerification?: boolean;
};

/**
 * Where a record's facts come from: each source with what it states and its
 * own words, the last time the facts were checked, and a warning for facts
 * that only sources more than two years old state. Plain HTML: the quotes
 * open with <details>, without JavaScript.
 */
export async function SourcesSection({ provenance, id, heading: Heading, title, withVerification = false }: Props) {
  const t = await getTranslations("Provenance");
  const { sources, outdated } = provenance;
  const factList = (facts: Provenance["sources"][number]["facts"]) => facts.map((fact) => t(`facts.${fact}`)).join(", ");
  return (
    <section aria-labelledby={id} className="space-y-2 text-sm">
      <Heading id={id} className={Heading === "h2" ? "text-xl font-semibold" : "font-medium"}>
        {title ?? t("heading")}
      </Heading>
      {withVerification ? <VerificationLine provenance={provenance} /> : null}
      {outdated.length > 0 ? (
        <ul className="space-y-1 rounded border-l-4 border-warn-800 bg-warn-50 p-3">
          {await Promise.all(
            outdated.map(async (item) => (
              <li key={item.fact}>
                <span className="font-medium">{t(`facts.${item.fact}`)}: </span>
                {t("possiblyOutdated", { date: await formatPartialDate(item.newest) })}
              </li>
            )),
          )}
        </ul>
      ) : null}
      {sources.length === 0 ? <p>{t("noSources")}</p> : null}
      {sources.length > 0 ? (
        <ul className="list-disc space-y-2 pl-6 break-words">
          {sources.map((source) => (
            <li key={source.key}>
              <span className="font-medium">{factList(source.facts)}</span>
              {" — "}
              {t("statedBy")} <SourceCitationText cited={source.cited} />
              {source.quotes.length > 0 ? (
                <details className="mt-1">
                  <summary className="cursor-pointer">{t("quotes")}</summary>
                  <ul className="mt-1 space-y-1">
                    {source.quotes.map((quote) => (
                      <li key={quote.excerpt}>
                        <span className="font-medium">{t(`facts.${quote.fact}`)}: </span>
                        <q>{quote.excerpt}</q>
                        {quote.superseded ? <span> ({t("superseded")})</span> : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
