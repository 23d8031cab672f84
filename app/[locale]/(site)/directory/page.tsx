import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalAnswerBox } from "@/components/directory/legal-answer";
import { NationalContacts } from "@/components/directory/national-contacts";
import { NearMe } from "@/components/directory/near-me";
import { ResultCard } from "@/components/directory/result-card";
import { SearchForm } from "@/components/directory/search-form";
import { SearchSuggestions } from "@/components/directory/search-suggestions";
import { UnderstoodQuery } from "@/components/directory/understood-query";
import { ReferralToggle } from "@/components/referrals/referral-toggle";
import { listNationalContacts, listPlacesWithOffices, searchDirectory } from "@/lib/data/directory";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import {
  directoryQuery,
  parseDirectoryParams,
  type DirectoryFilters,
  type DirectoryParam,
} from "@/lib/validation/directory-filters";
import { maxReferralOffices, parseReferralList, referralParam } from "@/lib/validation/referral-list";
import { officeTitle } from "@/lib/referrals/referral-text";
import { groupResults } from "@/lib/directory/result-groups";
import { offerOpenNow } from "@/lib/directory/trust";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Directory" });
  // Searches are variations of one page: the canonical address is the directory itself.
  return { title: t("title"), description: t("description"), alternates: localeAlternates("/directory", locale) };
}

export default async function DirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Directory");
  const tt = await getTranslations("Taxonomy");
  const tn = await getTranslations("NearMe");
  const tr = await getTranslations("Referrals");
  const rawParams = await searchParams;
  const { filters, invalid } = parseDirectoryParams(rawParams);
  // The caseworker's referral list rides along on every link of the page.
  const referral = parseReferralList(rawParams[referralParam]).slugs;
  const keepList = (query: Record<string, string>) => ({ ...query, [referralParam]: referral });
  // The menus' places and the results are read at the same time.
  const [places, firstResults] = await Promise.all([listPlacesWithOffices(locale), searchDirectory(filters, locale)]);
  // A well-formed slug that names no place with offices is as unusable as a malformed one:
  // the search runs again without it.
  const stateName = new Map(places.map((state) => [state.slug, state.name]));
  const cityName = new Map(places.flatMap((state) => state.cities.map((city) => [city.slug, city.name] as const)));
  const unknownPlaces = (["state", "city"] as const).filter((name) => {
    const slug = filters[name];
    return slug !== undefined && !(name === "state" ? stateName : cityName).has(slug);
  });
  for (const name of unknownPlaces) {
    delete filters[name];
    invalid.push(name);
  }
  const results = unknownPlaces.length ? await searchDirectory(filters, locale) : firstResults;
  const nationalContacts = results.total === 0 ? await listNationalContacts(locale) : [];
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const activeLabels: Partial<Record<DirectoryParam, string>> = {
    q: filters.q && t("searchFor", { q: filters.q }),
    state: filters.state && stateName.get(filters.state),
    city: filters.city && cityName.get(filters.city),
    service: filters.service && tt(`serviceType.${filters.service}`),
    population: filters.population && tt(`population.${filters.population}`),
    language: filters.language && (languageNames.of(filters.language) ?? filters.language),
    open: filters.open && t("openNowFilter"),
  };
  const active = Object.entries(activeLabels).filter((entry): entry is [DirectoryParam, string] => Boolean(entry[1]));
  const without = (name: DirectoryParam): Partial<DirectoryFilters> => ({ ...filters, [name]: undefined, page: 1 });
  const cardTranslators = { t, to: await getTranslations("Office"), tt };
  const referralText = { add: tr("add"), remove: tr("remove"), inList: tr("inList"), full: tr("full", { max: maxReferralOffices }) };
  const countryNames = new Intl.DisplayNames([locale], { type: "region" });
  const groups = groupResults(results.results);
  const pageLink = (page: number) => ({ pathname: "/directory" as const, query: keepList(directoryQuery({ ...filters, page })) });

  const openNow = offerOpenNow({ total: results.total, withHours: results.withHours, on: filters.open === "1" });

  // Phones: after a search the form folds into one line saying what is applied, so the first result is on the
  // first screen; laptops (≥ 1024 px) show filters and results side by side (decision 022).
  return (
    <div data-wide className="directory-layout">
      <h1 className="text-2xl font-bold lg:col-span-2">{t("title")}</h1>
      {invalid.length > 0 ? (
        <p className="rounded border-l-4 border-warn-800 bg-warn-50 p-3 lg:col-span-2">
          {t("invalid", { count: invalid.length, names: [...new Set(invalid)].map((name) => t(`param.${name}`)).join(", ") })}
        </p>
      ) : null}
      <details id="filters" className="filters" open={active.length === 0}>
        <summary className="flex min-h-11 cursor-pointer items-center gap-1 rounded border border-gray-400 px-3 py-2">
          {active.length > 0 ? (
            <span>
              {active.map(([, label]) => label).join(" · ")} — <span className="font-semibold text-brand-700 underline">{t("filtersChange")}</span>
            </span>
          ) : (
            <span className="font-semibold">{t("filtersOpen")}</span>
          )}
        </summary>
        <div className="pt-3">
          <SearchForm filters={filters} places={places} facets={results.facets} referral={referral} openNow={openNow} />
        </div>
      </details>

      <div className="space-y-6">
        {results.answer ? <LegalAnswerBox answer={results.answer} /> : null}

        <section aria-labelledby="results" className="space-y-4">
          {/* The status around the heading, not inside it: a status inside a heading leaves the heading unnamed. */}
          <div role="status">
            <h2 id="results" className="text-xl font-semibold">
              {t("resultCount", { count: results.total })}
            </h2>
          </div>
          {results.understood ? (
            <UnderstoodQuery
              understood={results.understood}
              queryWith={(q) => keepList(directoryQuery({ ...filters, q, page: 1 }))}
              queryWithTypedPlace={keepList(directoryQuery({ ...filters, state: undefined, city: undefined, page: 1 }))}
            />
          ) : null}
          {active.length > 0 ? (
            <div>
              <h3 className="sr-only">{t("activeFilters")}</h3>
              <ul className="flex flex-wrap gap-2">
                {active.map(([name, label]) => (
                  <li key={name}>
                    <Link
                      href={{ pathname: "/directory", query: keepList(directoryQuery(without(name))) }}
                      className="inline-block rounded-full bg-gray-100 px-3 py-1 text-sm"
                    >
                      {t("removeFilter", { label })} ✕
                    </Link>
                  </li>
                ))}
                {active.length > 1 ? (
                  <li>
                    <Link href={{ pathname: "/directory", query: keepList({}) }} className="inline-block px-2 py-1 text-sm">
                      {t("clearAll")}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}

          <p className="flex flex-wrap gap-x-4 gap-y-2">
            {referral.length > 0 ? (
              <Link href={{ pathname: "/referrals", query: keepList(directoryQuery(filters)) }} className="font-semibold">
                {tr("open", { count: referral.length })}
              </Link>
            ) : null}
            {results.total > 0 ? (
              <a href={`/api/v1/offices.csv?${new URLSearchParams({ ...directoryQuery({ ...filters, page: 1 }), lang: locale })}`} download>
                {tr("downloadResults")}
              </a>
            ) : null}
          </p>

          {results.total === 0 ? (
            <div className="space-y-4">
              <p className="font-semibold">{t("noResultsTitle")}</p>
              <SearchSuggestions
                suggestions={results.suggestions}
                stateName={(slug) => stateName.get(slug) ?? slug}
                queryFor={(suggested) => keepList(directoryQuery(suggested))}
              />
              <p>{t("noResultsBody")}</p>
              <NationalContacts contacts={nationalContacts} />
            </div>
          ) : (
            <NearMe
              text={{
                button: tn("button"),
                privacy: tn("privacy"),
                locating: tn("locating"),
                shown: tn("shown"),
                denied: tn("denied"),
                failed: tn("failed"),
                // Raw: the device fills in {distance}, which the server never knows.
                toOffice: tn.raw("toOffice") as string,
                toCityCentre: tn.raw("toCityCentre") as string,
              }}
            >
              {groups.map((group) => {
                const headingId = `results-${group.key}`;
                return (
                  <section key={group.key} aria-labelledby={headingId} className="mt-4 space-y-3">
                    <h3 id={headingId} className="text-lg font-semibold">
                      {group.key === "remote" ? t("groupRemote") : t("groupPlaces", { country: countryNames.of(group.key) ?? group.key })}
                    </h3>
                    {group.key === "remote" ? (
                      <p className="text-sm text-gray-700">
                        {t("groupRemoteHint")}
                        {filters.state || filters.city ? ` ${t("groupRemoteEverywhere")}` : null}
                      </p>
                    ) : null}
                    <ol className="result-list">
                      {group.listings.map((listing) => (
                        <li key={listing.key}>
                          <ResultCard listing={listing} locale={locale} translators={cardTranslators}>
                            {listing.office ? (
                              <ReferralToggle
                                locale={locale}
                                text={referralText}
                                slug={listing.office.slug}
                                name={officeTitle({ name: listing.office.name, organization: listing.organization }) || listing.office.slug}
                                filters={filters}
                                referral={referral}
                              />
                            ) : null}
                          </ResultCard>
                        </li>
                      ))}
                    </ol>
                  </section>
                );
              })}
            </NearMe>
          )}

          {results.pageCount > 1 ? (
            <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2">
              {results.page > 1 ? <Link href={pageLink(results.page - 1)}>← {t("previous")}</Link> : <span />}
              <span className="text-sm">{t("pageOf", { page: results.page, pageCount: results.pageCount })}</span>
              {results.page < results.pageCount ? <Link href={pageLink(results.page + 1)}>{t("next")} →</Link> : <span />}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
