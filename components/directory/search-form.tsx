import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { DirectoryResults } from "@/lib/data/directory";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { populations, serviceTypes } from "@/lib/taxonomy";
import type { DirectoryFilters, DirectoryParam } from "@/lib/validation/directory-filters";

type Places = { slug: string; name: string; country: string; cities: { slug: string; name: string }[] }[];
type Facets = DirectoryResults["facets"];
type Option = { value: string; label: string };

type Props = {
  filters: Partial<DirectoryFilters>;
  places: Places;
  /** Counts per option; without them (home page) the options show no numbers. */
  facets?: Facets;
  /** The home page shows the three questions people ask first; the directory shows every filter. */
  compact?: boolean;
  /** The referral list (office slugs), kept when the search changes. */
  referral?: string[];
  /** Whether "open now" is offered: only when enough of the results publish their hours (lib/directory/trust.ts). */
  openNow?: boolean;
  /** Without the text field: the home page gives it its own form at the top, and these menus further down. */
  text?: boolean;
  /** The heading that names this search (a page with two needs each named, WCAG landmark names). */
  labelledBy?: string;
};

function SelectField(props: { name: DirectoryParam; label: string; value?: string; anyLabel: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.name} className="font-medium">
        {props.label}
      </label>
      <select id={props.name} name={props.name} defaultValue={props.value ?? ""} className="form-control">
        <option value="">{props.anyLabel}</option>
        {props.children}
      </select>
    </div>
  );
}

const renderOptions = (options: Option[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/** A plain GET form: it works without JavaScript, and the URL it leads to can be shared. */
export async function SearchForm({ filters, places, facets, compact = false, referral = [], openNow = true, text = true, labelledBy }: Props) {
  const t = await getTranslations("Directory");
  const tt = await getTranslations("Taxonomy");
  const locale = (await getLocale()) as Locale;
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });

  // Options with their counts; those that would give nothing are left out, except the one already chosen.
  const options = (dimension: keyof Facets, values: { value: string; label: string }[]): Option[] =>
    values
      .filter(({ value }) => !facets || (facets[dimension].get(value as never) ?? 0) > 0 || value === filters[dimension])
      .map(({ value, label }) => ({
        value,
        label: facets ? t("option", { label, count: facets[dimension].get(value as never) ?? 0 }) : label,
      }));
  // Mexico's cities under their states; another country's (the United States) together in one group
  // of their own after them, each city with its state: a select cannot nest groups.
  const countryNames = new Intl.DisplayNames([locale], { type: "region" });
  const mexicanStates = places.filter((state) => state.country === "MX");
  const otherCountries = [...new Set(places.filter((state) => state.country !== "MX").map((state) => state.country))];
  const cityGroups = [
    ...mexicanStates.map((state) => ({
      key: state.slug,
      label: state.name,
      cities: options("city", state.cities.map((city) => ({ value: city.slug, label: city.name }))),
    })),
    ...otherCountries.map((country) => ({
      key: country,
      label: countryNames.of(country) ?? country,
      cities: options(
        "city",
        places
          .filter((state) => state.country === country)
          .flatMap((state) => state.cities.map((city) => ({ value: city.slug, label: `${city.name}, ${state.name}` }))),
      ),
    })),
  ];
  const stateOptions = (states: Places) => options("state", states.map((state) => ({ value: state.slug, label: state.name })));

  return (
    <form method="get" action={getPathname({ locale, href: "/directory" })} role="search" aria-labelledby={labelledBy} className="space-y-3">
      {text ? (
      <div>
        <label htmlFor="q" className="font-medium">
          {t("searchLabel")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          aria-describedby="q-hint"
          className="form-control"
        />
        <p id="q-hint" className="mt-1 text-sm text-gray-700">
          {t("searchHint")}
        </p>
      </div>
      ) : null}
      <div className={compact ? "grid gap-3 sm:grid-cols-2" : "grid gap-3 sm:grid-cols-2 lg:grid-cols-1"}>
        {compact ? null : (
          <SelectField name="state" label={t("state")} value={filters.state} anyLabel={t("anyState")}>
            {renderOptions(stateOptions(mexicanStates))}
            {otherCountries.map((country) => {
              const states = stateOptions(places.filter((state) => state.country === country));
              return states.length ? (
                <optgroup key={country} label={countryNames.of(country) ?? country}>
                  {renderOptions(states)}
                </optgroup>
              ) : null;
            })}
          </SelectField>
        )}
        <SelectField
          name="city"
          label={compact ? t("where") : t("city")}
          value={filters.city}
          anyLabel={compact ? t("anyPlace") : t("anyCity")}
        >
          {cityGroups
            .filter(({ cities }) => cities.length > 0)
            .map(({ key, label, cities }) => (
              <optgroup key={key} label={label}>
                {renderOptions(cities)}
              </optgroup>
            ))}
        </SelectField>
        <SelectField name="service" label={t("service")} value={filters.service} anyLabel={t("anyService")}>
          {renderOptions(options("service", serviceTypes.map((type) => ({ value: type, label: tt(`serviceType.${type}`) }))))}
        </SelectField>
        {compact ? null : (
          <SelectField name="population" label={t("population")} value={filters.population} anyLabel={t("anyPopulation")}>
            {renderOptions(
              options("population", populations.map((population) => ({ value: population, label: tt(`population.${population}`) }))),
            )}
          </SelectField>
        )}
        {!compact && facets && facets.language.size > 0 ? (
          <SelectField name="language" label={t("language")} value={filters.language} anyLabel={t("anyLanguage")}>
            {renderOptions(
              options("language", [...facets.language.keys()].sort().map((code) => ({ value: code, label: languageNames.of(code) ?? code }))),
            )}
          </SelectField>
        ) : null}
      </div>
      {compact ? null : openNow ? (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="open" value="1" defaultChecked={filters.open === "1"} className="h-5 w-5" />
          {t("openNow")}
        </label>
      ) : (
        <p id="open-now-unavailable" className="text-sm text-gray-700">
          {t("openNowUnavailable")}
        </p>
      )}
      {referral.map((slug) => (
        <input key={slug} type="hidden" name="o" value={slug} />
      ))}
      <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
