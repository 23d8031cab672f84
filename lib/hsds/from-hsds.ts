// HSDS tables (one language) back to the records the export reads, so an
// import can be compared with the database field by field, and applied.
// toHsdsTables(fromHsds(tables)) gives the tables back (tested).
import { groupBy as groupRows } from "@/lib/hsds/documents";
import { derivedId, taxonomyTermId } from "@/lib/hsds/ids";
import { exportLabels } from "@/lib/hsds/labels";
import { sourcePhone, splitContacts, text } from "@/lib/hsds/from-phones";
import type { SourceHours, SourceOffice, SourceOrganization, SourceService } from "@/lib/hsds/source";
import { interpreterTerms, taxonomyKeys } from "@/lib/hsds/taxonomies";
import type { HsdsLocation, HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import { populations, serviceTypes, type Population, type ServiceType } from "@/lib/taxonomy";

export type RecordProblem = { table: string; id: string; message: string };

export type FromHsdsOptions = {
  lang: Locale;
  /** The IANA zone of a location: HSDS only carries a UTC offset, which cannot tell Tijuana from Los Angeles. */
  timeZoneOf: (location: HsdsLocation, offset: string | undefined) => string;
};

const icalDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const hhmm = (time: string | undefined) => time?.match(/^(\d\d:\d\d)/)?.[1];

function groupBy<T>(rows: T[], key: (row: T) => string | undefined) {
  const groups = groupRows(rows, key);
  return (id: string) => groups.get(id) ?? [];
}

const termCodes = <T extends string>(key: string, codes: readonly T[]) => new Map(codes.map((code) => [taxonomyTermId(key, code), code]));
const serviceTypeTerms = termCodes(taxonomyKeys.serviceType, serviceTypes);
const populationTerms = termCodes(taxonomyKeys.population, populations);
const interpreterTermCodes = termCodes(taxonomyKeys.interpreters, interpreterTerms);

export function fromHsds(tables: HsdsTables, options: FromHsdsOptions): { organizations: SourceOrganization[]; problems: RecordProblem[] } {
  const { lang } = options;
  const labels = exportLabels(lang);
  const problems: RecordProblem[] = [];
  const of = {
    orgPhones: groupBy(tables.phone, (row) => row.organization_id),
    orgContacts: groupBy(tables.contact, (row) => row.organization_id),
    locations: groupBy(tables.location, (row) => row.organization_id),
    services: groupBy(tables.service, (row) => row.organization_id),
    locPhones: groupBy(tables.phone, (row) => row.location_id),
    locContacts: groupBy(tables.contact, (row) => row.location_id),
    addresses: groupBy(tables.address, (row) => row.location_id),
    schedules: groupBy(tables.schedule, (row) => row.location_id),
    languages: groupBy(tables.language, (row) => row.location_id),
    attributes: groupBy(tables.attribute, (row) => row.link_id),
    costOptions: groupBy(tables.cost_option, (row) => row.service_id),
    links: groupBy(tables.service_at_location, (row) => row.service_id),
  };
  for (const phone of tables.phone.filter((row) => !row.organization_id && !row.location_id)) {
    problems.push({ table: "phone", id: phone.id, message: "belongs to no organization or location" });
  }

  const office = (location: HsdsLocation): SourceOffice => {
    const [address, ...extra] = of.addresses(location.id);
    if (extra.length) problems.push({ table: "location", id: location.id, message: "has more than one address; only the first is imported" });
    const schedules = of.schedules(location.id);
    const hours: SourceHours[] = schedules.flatMap((schedule) => {
      const opens = hhmm(schedule.opens_at);
      const closes = hhmm(schedule.closes_at);
      if (!opens || !closes) return [];
      const days = (schedule.byday ?? "").split(",").filter(Boolean);
      if (schedule.freq !== "WEEKLY" || days.length === 0 || days.some((day) => !icalDays.includes(day))) {
        problems.push({ table: "schedule", id: schedule.id, message: "only weekly opening hours on named days (byday MO…SU) can be imported" });
        return [];
      }
      return days.map((day, index) => ({
        id: index === 0 ? schedule.id : derivedId(schedule.id, day),
        weekday: icalDays.indexOf(day) + 1,
        opens,
        closes,
        label: text(schedule.description, lang),
      }));
    });
    const notes = schedules.filter((schedule) => !schedule.opens_at).map((schedule) => schedule.description).filter(Boolean);
    const { emails } = splitContacts(of.locContacts(location.id), lang);
    const offset = schedules.find((schedule) => schedule.opens_at)?.opens_at?.slice(8) || undefined;
    return {
      id: location.id,
      name: text(location.name, lang),
      kind: location.location_type === "physical" ? "physical" : "remote",
      street: address?.address_1 || null,
      streetDetail: null,
      colonia: address?.address_2 ?? null,
      municipality: address?.region ?? null,
      postalCode: address?.postal_code || null,
      country: address?.country ?? "MX",
      latitude: location.latitude ?? null,
      longitude: location.longitude ?? null,
      city: address ? { name: text(address.city, lang), state: { name: text(address.state_province, lang), code: "", country: address.country } } : null,
      timeZone: options.timeZoneOf(location, offset),
      hoursNote: text(notes.join("\n") || undefined, lang),
      languages: of.languages(location.id).flatMap((language) => (language.code ? [language.code] : [])),
      // Yes or no when an attribute says so; a location without one is unknown (never a guess).
      interpreters: of.attributes(location.id).flatMap((attribute) => interpreterTermCodes.get(attribute.taxonomy_term_id) ?? [])[0] ?? "unknown",
      // HSDS has no such flag: the import keeps the database's, and a new office starts public.
      confidentialAddress: false,
      phones: of.locPhones(location.id).map((phone) => sourcePhone(phone, labels, lang)),
      emails,
      hours,
    };
  };

  const service = (row: HsdsTables["service"][number]): SourceService | undefined => {
    const attributes = of.attributes(row.id);
    const types = attributes.flatMap((attribute) => serviceTypeTerms.get(attribute.taxonomy_term_id) ?? []) as ServiceType[];
    if (types.length !== 1) {
      problems.push({ table: "service", id: row.id, message: `needs exactly one Amparo kind-of-help taxonomy term, has ${types.length}` });
      return undefined;
    }
    const costLabel = Object.entries(labels.cost).find(([, label]) => label === row.fees_description)?.[0];
    const free = of.costOptions(row.id).some((option) => option.amount === 0);
    return {
      id: row.id,
      type: types[0]!,
      populations: attributes.flatMap((attribute) => populationTerms.get(attribute.taxonomy_term_id) ?? []) as Population[],
      description: text(row.description, lang),
      eligibility: text(row.eligibility_description, lang),
      cost: costLabel === "free" || costLabel === "low_cost" ? costLabel : free ? "free" : "unknown",
      accessMethods: [],
      howToGetHelp: text(row.application_process, lang),
      officeIds: of.links(row.id).map((link) => link.location_id),
    };
  };

  const organizations = tables.organization.map((org): SourceOrganization => {
    const { people, emails } = splitContacts(of.orgContacts(org.id), lang);
    const firstEmail = org.email ? [{ id: derivedId(org.id, "email:0"), address: org.email, label: null }] : [];
    return {
      id: org.id,
      name: text(org.name, lang),
      acronym: text(org.alternate_name, lang),
      description: text(org.description, lang),
      website: org.website ?? null,
      foundedYear: org.year_incorporated ?? null,
      phones: of.orgPhones(org.id).map((phone) => sourcePhone(phone, labels, lang)),
      emails: [...firstEmail, ...emails],
      contacts: people,
      offices: of.locations(org.id).map(office),
      services: of.services(org.id).flatMap((row) => service(row) ?? []),
    };
  });
  return { organizations, problems };
}
