import { getTranslations } from "next-intl/server";
import type { Suggestion } from "@/lib/data/directory-suggestions";
import { Link } from "@/lib/i18n/navigation";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";

type Props = {
  suggestions: Suggestion[];
  /** A state's name in the reader's language. */
  stateName: (slug: string) => string;
  /** The query string of a search (the referral list rides along). */
  queryFor: (filters: DirectoryFilters) => Record<string, string | string[]>;
};

/** For a search that found nothing: the nearest searches that find something, each with its count. */
export async function SearchSuggestions({ suggestions, stateName, queryFor }: Props) {
  const t = await getTranslations("Directory");
  const tt = await getTranslations("Taxonomy");
  if (suggestions.length === 0) return null;
  const label = ({ relax }: Suggestion) => {
    switch (relax.kind) {
      case "open":
        return t("relaxOpen");
      case "language":
        return t("relaxLanguage");
      case "state":
        return t("relaxState", { state: stateName(relax.state) });
      case "population":
        return t("relaxPopulation", { population: tt(`population.${relax.population}`) });
      case "words":
        return t("relaxWords", { words: relax.words });
      case "place":
        return t("relaxPlace");
      case "service":
        return t("relaxService", { service: relax.serviceTypes.map((type) => tt(`serviceType.${type}`)).join(" / ") });
    }
  };
  return (
    <section aria-labelledby="suggestions" className="space-y-2">
      <h3 id="suggestions" className="text-lg font-semibold">
        {t("suggestions")}
      </h3>
      <ul className="space-y-2">
        {suggestions.map((suggestion) => (
          <li key={JSON.stringify(suggestion.relax)}>
            <Link href={{ pathname: "/directory", query: queryFor(suggestion.filters) }} className="font-medium">
              {label(suggestion)}{" "}
              <span className="font-normal">
                ({t("suggestionCount", { count: suggestion.total })}
                {suggestion.remote > 0 ? `, ${t("suggestionRemote", { count: suggestion.remote })}` : null})
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
