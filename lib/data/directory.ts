import "server-only";
import { db } from "@/lib/db/client";
import { facetCountsQuery, isUnfiltered, resultPageQuery, type Dimension } from "@/lib/data/directory-sql";
import { countDirectoryQuery, describeUnderstanding, resolveDirectoryQuery } from "@/lib/data/directory-query";
import { suggestRelaxations } from "@/lib/data/directory-suggestions";
import { findLegalAnswer } from "@/lib/data/legal-answer";
import { listingCost } from "@/lib/directory/trust";
import { listingPlace } from "@/lib/geo/distance";
import { addressSelect, citySelect, emailSelect, givenAtOffice, phoneSelect, shapeAddress, shapeCity, shapeEmail, shapePhone } from "@/lib/data/shape";
import type { Locale } from "@/lib/i18n/locales";
import { isQuestion } from "@/lib/search/understand";
import type { Population, ServiceType } from "@/lib/taxonomy";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";
import { pickLocalized } from "@/lib/validation/localized-text";

export const pageSize = 20;

type ListingRow = { org_id: string; office_id: string | null; total: bigint | null };
type FacetRow = { dimension: Dimension | "total" | "hours"; value: string; count: bigint };

/**
 * One page of directory results for these filters, with the count each filter
 * value would give (so a person never picks an option that leads nowhere), what
 * was understood of the typed words, the legal note that answers them, and, when
 * nothing is found, the nearest searches that find something.
 */
export async function searchDirectory(filters: DirectoryFilters, locale: Locale, now: Date = new Date()) {
  const answer = filters.q ? findLegalAnswer(filters.q, { question: isQuestion(filters.q) }, locale) : Promise.resolve(null);
  // Started at once, awaited with the rest: a failure surfaces there, not as an unhandled rejection.
  answer.catch(() => {});
  const query = await resolveDirectoryQuery(filters, now);
  const { effective, search } = query;
  const unfiltered = isUnfiltered(effective, search);
  const [rows, facetRows] = await Promise.all([
    db().$queryRaw<ListingRow[]>(resultPageQuery(effective, search, now, { limit: pageSize, offset: (filters.page - 1) * pageSize }, locale)),
    db().$queryRaw<FacetRow[]>(facetCountsQuery(effective, search, now, { placeFilters: filters })),
  ]);
  const facet = (dimension: FacetRow["dimension"]) =>
    new Map(facetRows.filter((row) => row.dimension === dimension).map((row) => [row.value, Number(row.count)]));
  // A page past the end still needs the total: count without paging.
  const total = unfiltered
    ? (facet("total").get("") ?? 0)
    : rows[0] !== undefined
      ? Number(rows[0].total)
      : (await countDirectoryQuery(query, now)).total;
  const [results, suggestions] = await Promise.all([loadListings(rows, locale), total === 0 ? suggestRelaxations(query, now) : []]);
  return {
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    results,
    /** How many results (counted as if "open now" were off) publish opening hours. */
    withHours: facet("hours").get("") ?? 0,
    facets: {
      state: facet("state"),
      city: facet("city"),
      service: facet("service") as Map<ServiceType, number>,
      population: facet("population") as Map<Population, number>,
      language: facet("language"),
    },
    /** What the typed words were read as (null when nothing was typed). */
    understood: describeUnderstanding(query, locale),
    /** The legal note that answers the typed words, shown above the results. */
    answer: await answer,
    /** When nothing is found: the nearest searches that find something. */
    suggestions,
  };
}

export type DirectoryResults = Awaited<ReturnType<typeof searchDirectory>>;
export type DirectoryListing = DirectoryResults["results"][number];

/** The details a result card shows, in the order of `rows`. */
export async function loadListings(rows: Pick<ListingRow, "org_id" | "office_id">[], locale: Locale) {
  if (rows.length === 0) return [];
  const orgIds = [...new Set(rows.map((row) => row.org_id))];
  const officeIds = rows.flatMap((row) => (row.office_id ? [row.office_id] : []));
  const [organizations, offices] = await Promise.all([
    db().organization.findMany({
      where: { id: { in: orgIds } },
      select: {
        id: true,
        slug: true,
        name: true,
        acronym: true,
        freeOfCharge: true,
        phones: { select: phoneSelect, orderBy: { position: "asc" } },
        emails: { select: emailSelect, orderBy: { position: "asc" } },
        services: {
          where: { published: true },
          select: { type: true, populations: true, cost: true, offices: { select: { officeId: true } } },
        },
      },
    }),
    db().office.findMany({
      where: { id: { in: officeIds } },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        ...addressSelect,
        city: { select: { ...citySelect, latitude: true, longitude: true } },
        phones: { select: phoneSelect, orderBy: { position: "asc" } },
        emails: { select: emailSelect, orderBy: { position: "asc" } },
        languages: true,
        interpreters: true,
        _count: { select: { hours: true } },
      },
    }),
  ]);
  const orgById = new Map(organizations.map((org) => [org.id, org]));
  const officeById = new Map(offices.map((office) => [office.id, office]));
  return rows.map(({ org_id, office_id }) => {
    const org = orgById.get(org_id)!;
    const office = office_id ? officeById.get(office_id) : undefined;
    const services = org.services.filter((service) => !office || givenAtOffice(service, office.id));
    // An office's own contacts first; the organisation's when the office has none, marked as such.
    const phones = office?.phones.length ? office.phones : org.phones;
    const emails = office?.emails.length ? office.emails : org.emails;
    const remote = !office || office.kind === "remote";
    // A remote listing is not a place to go: no city, no distance (docs/decisions/016-remote-listings.md).
    const city = remote ? null : office.city;
    const cityCentre = city?.latitude != null && city.longitude != null ? { latitude: city.latitude, longitude: city.longitude } : null;
    return {
      key: office?.id ?? org.id,
      organization: {
        slug: org.slug,
        name: pickLocalized(org.name, locale),
        acronym: pickLocalized(org.acronym, locale),
        freeOfCharge: org.freeOfCharge,
      },
      /**
       * What the sources say of the cost here: "free" when the organisation is marked free of charge, or every
       * service given here is (each backed by a citation); "charges" when it is marked as charging; else "unknown".
       */
      cost: listingCost(org.freeOfCharge, services),
      /** Whether the office publishes opening hours (else the card says to call before going). */
      hasHours: Boolean(office?._count.hours),
      office: office
        ? {
            slug: office.slug,
            name: pickLocalized(office.name, locale),
            kind: office.kind,
            address: shapeAddress(office),
            city: shapeCity(office.city, locale),
            languages: office.languages,
            interpreters: office.interpreters,
          }
        : null,
      serviceTypes: [...new Set(services.map((service) => service.type))].sort(),
      populations: [...new Set(services.flatMap((service) => service.populations))].sort(),
      /** Places by country (ISO 3166-1), or "remote": the group of results the listing is shown in. */
      group: remote ? ("remote" as const) : (office.city?.state.country ?? office.country),
      phones: phones.map((phone) => shapePhone(phone, locale)),
      emails: emails.map((email) => shapeEmail(email, locale)),
      /** Which contacts are the organisation's, shown on an office's card: it has none of that kind of its own. */
      organizationContacts: {
        phones: Boolean(office && !office.phones.length && org.phones.length),
        emails: Boolean(office && !office.emails.length && org.emails.length),
      },
      /** For "near me" distances, worked out in the browser. */
      place: remote ? null : listingPlace({ address: shapeAddress(office) }, cityCentre),
    };
  });
}

/**
 * Names of states and cities that have published offices (places to go, not remote
 * listings), for the filter menus: Mexico's states first, then each other country's.
 */
export async function listPlacesWithOffices(locale: Locale) {
  // The cities with listings are those the directory counts (directory_facet_all): one
  // small query, instead of testing every city for a published office on each page.
  const rows = await db().$queryRaw<{ state_slug: string; state_name: unknown; country: string; city_slug: string; city_name: unknown }[]>`
    SELECT st.slug AS state_slug, st.name AS state_name, st.country, c.slug AS city_slug, c.name AS city_name
    FROM directory_facet_all f
    JOIN "City" c ON c.slug = f.value
    JOIN "State" st ON st.id = c."stateId"
    WHERE f.dimension = 'city'`;
  const states = new Map<string, { slug: string; name: string; country: string; cities: { slug: string; name: string }[] }>();
  for (const row of rows) {
    const state = states.get(row.state_slug) ?? {
      slug: row.state_slug,
      name: pickLocalized(row.state_name, locale)?.text ?? row.state_slug,
      country: row.country,
      cities: [],
    };
    state.cities.push({ slug: row.city_slug, name: pickLocalized(row.city_name, locale)?.text ?? row.city_slug });
    states.set(row.state_slug, state);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  const countryRank = (country: string) => (country === "MX" ? "" : country);
  return [...states.values()]
    .map((state) => ({ ...state, cities: state.cities.sort(byName) }))
    .sort((a, b) => countryRank(a.country).localeCompare(countryRank(b.country)) || byName(a, b));
}

/** National bodies whose help always applies: shown when a search finds nothing. */
export async function listNationalContacts(locale: Locale) {
  const rows = await db().organization.findMany({
    where: { published: true, nationalContact: true },
    select: {
      id: true,
      slug: true,
      name: true,
      acronym: true,
      description: true,
      phones: { select: phoneSelect, orderBy: { position: "asc" } },
      emails: { select: emailSelect, orderBy: { position: "asc" } },
    },
  });
  return rows
    .map((row) => ({
      slug: row.slug,
      name: pickLocalized(row.name, locale),
      acronym: pickLocalized(row.acronym, locale),
      description: pickLocalized(row.description, locale),
      phones: row.phones.map((phone) => shapePhone(phone, locale)),
      emails: row.emails.map((email) => shapeEmail(email, locale)),
    }))
    .sort((a, b) => (a.name?.text ?? "").localeCompare(b.name?.text ?? "", locale));
}
