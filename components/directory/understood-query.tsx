import { getTranslations } from "next-intl/server";
import type { Understood } from "@/lib/data/directory-query";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  understood: Understood;
  /** The query string of the same search with `q` replaced: where each part's "undo" leads. */
  queryWith: (q: string | undefined) => Record<string, string | string[]>;
  /** The query string of the same search without the place chosen in the menus: the typed place then applies. */
  queryWithTypedPlace: Record<string, string | string[]>;
};

/**
 * What the typed words were read as ("Representación legal · Tapachula"), each
 * part a plain link to the same search without it: it works without JavaScript,
 * and the search box then shows exactly what is searched.
 */
export async function UnderstoodQuery({ understood, queryWith, queryWithTypedPlace }: Props) {
  const t = await getTranslations("Directory");
  const tt = await getTranslations("Taxonomy");
  if (understood.parts.length === 0 && understood.rankingOnly.length === 0 && !understood.placeSetAside) return null;
  const label = (part: Understood["parts"][number]) =>
    part.kind === "place"
      ? part.place.name
      : part.kind === "population"
        ? tt(`population.${part.population}`)
        : part.serviceTypes.map((type) => tt(`serviceType.${type}`)).join(" / ");
  return (
    <div className="space-y-1">
      {understood.parts.length > 0 ? (
        <>
          <h3 id="understood" className="text-sm font-semibold">
            {t("understood")}
          </h3>
          <ul aria-labelledby="understood" className="flex flex-wrap gap-2">
            {understood.parts.map((part) => (
              <li key={`${part.kind}:${part.typed}`}>
                <Link
                  href={{ pathname: "/directory", query: queryWith(part.without || undefined) }}
                  className="inline-flex min-h-11 items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-900 no-underline"
                >
                  <span className="sr-only">{t("undoPart", { typed: part.typed })} </span>
                  {label(part)}
                  {part.corrected ? <span className="text-gray-700">{t("typedAs", { typed: part.typed })}</span> : null}
                  <span aria-hidden="true">✕</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {understood.placeSetAside ? (
        <p className="text-sm">
          {t("placeSetAside", { typed: understood.placeSetAside.typed })}{" "}
          <Link href={{ pathname: "/directory", query: queryWithTypedPlace }} className="inline-block py-1 font-medium">
            {t("searchTypedPlace", { place: understood.placeSetAside.place.name })}
          </Link>
        </p>
      ) : null}
      {understood.rankingOnly.length > 0 ? (
        <p className="text-sm text-gray-700">{t("rankingOnly", { count: understood.rankingOnly.length, words: understood.rankingOnly.join(", ") })}</p>
      ) : null}
    </div>
  );
}
