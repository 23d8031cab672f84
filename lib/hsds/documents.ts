// HSDS 3.0 JSON documents built from the tables, in the shapes of the
// specification's compiled schemas and API (schema/openapi.json): fully nested
// organization, service and service_at_location; flat list items; taxonomies.
import type { HsdsCitation, HsdsProvenance, HsdsSource } from "@/lib/hsds/provenance-tables";
import type { HsdsTables } from "@/lib/hsds/types";

type ById<T> = Map<string, T[]>;

export function groupBy<T>(rows: T[], key: (row: T) => string | undefined): ById<T> {
  const groups: ById<T> = new Map();
  for (const row of rows) {
    const value = key(row);
    if (value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}

/** A citation in a document: the record it belongs to is the one it sits on; its source comes with it. */
export type CitationDocument = Omit<HsdsCitation, "link_id" | "link_entity" | "source_id" | "position"> & { source: HsdsSource | undefined };

/**
 * An index over the tables; building it once makes every document lookup cheap.
 * With `provenance`, full organization, location and service documents carry
 * `amparo_citations` (decision 018); lists stay plain HSDS.
 */
export function hsdsDocuments(tables: HsdsTables, provenance?: HsdsProvenance) {
  const sourcesById = new Map(provenance?.amparo_source.map((source) => [source.id, source]));
  const citationsByRecord = groupBy(provenance?.amparo_citation ?? [], (row) => row.link_id);
  const cited = (id: string): { amparo_citations?: CitationDocument[] } =>
    provenance
      ? {
          amparo_citations: (citationsByRecord.get(id) ?? []).map(({ link_id: _link, link_entity: _entity, source_id, position: _position, ...citation }) => ({
            ...citation,
            source: sourcesById.get(source_id),
          })),
        }
      : {};
  const termsById = new Map(tables.taxonomy_term.map((term) => [term.id, term]));
  const byLocation = {
    address: groupBy(tables.address, (row) => row.location_id),
    phone: groupBy(tables.phone, (row) => row.location_id),
    contact: groupBy(tables.contact, (row) => row.location_id),
    schedule: groupBy(tables.schedule, (row) => row.location_id),
    language: groupBy(tables.language, (row) => row.location_id),
  };
  const byOrganization = {
    phone: groupBy(tables.phone, (row) => row.organization_id),
    contact: groupBy(tables.contact, (row) => row.organization_id),
    location: groupBy(tables.location, (row) => row.organization_id),
    service: groupBy(tables.service, (row) => row.organization_id),
  };
  const byService = {
    costOption: groupBy(tables.cost_option, (row) => row.service_id),
    attribute: groupBy(tables.attribute, (row) => row.link_id),
    serviceAtLocation: groupBy(tables.service_at_location, (row) => row.service_id),
  };
  const organizations = new Map(tables.organization.map((row) => [row.id, row]));
  const locations = new Map(tables.location.map((row) => [row.id, row]));
  const services = new Map(tables.service.map((row) => [row.id, row]));

  const fullLocation = (id: string) => {
    const location = locations.get(id);
    if (!location) return undefined;
    return {
      ...location,
      addresses: byLocation.address.get(id) ?? [],
      phones: byLocation.phone.get(id) ?? [],
      contacts: byLocation.contact.get(id) ?? [],
      schedules: byLocation.schedule.get(id) ?? [],
      languages: byLocation.language.get(id) ?? [],
      // Whether it has interpreters (lib/hsds/taxonomies.ts), with its term, as a service's attributes.
      attributes: (byService.attribute.get(id) ?? []).map((attribute) => ({ ...attribute, taxonomy_term: termsById.get(attribute.taxonomy_term_id) })),
      ...cited(id),
    };
  };
  // Attributes carry their term so a consumer needs no second request to read them.
  const serviceDetails = (id: string) => ({
    cost_options: byService.costOption.get(id) ?? [],
    attributes: (byService.attribute.get(id) ?? []).map((attribute) => ({
      ...attribute,
      taxonomy_term: termsById.get(attribute.taxonomy_term_id),
    })),
    ...cited(id),
  });
  const serviceListItem = (id: string) => {
    const service = services.get(id);
    if (!service) return undefined;
    return { ...service, organization: organizations.get(service.organization_id) };
  };

  return {
    organizationList: () => tables.organization,
    organization: (id: string) => {
      const organization = organizations.get(id);
      if (!organization) return undefined;
      return {
        ...organization,
        phones: byOrganization.phone.get(id) ?? [],
        contacts: byOrganization.contact.get(id) ?? [],
        locations: (byOrganization.location.get(id) ?? []).map((location) => fullLocation(location.id)!),
        services: (byOrganization.service.get(id) ?? []).map((service) => ({ ...service, ...serviceDetails(service.id) })),
        ...cited(id),
      };
    },
    serviceList: () => tables.service.map((service) => serviceListItem(service.id)!),
    service: (id: string) => {
      const item = serviceListItem(id);
      if (!item) return undefined;
      return {
        ...item,
        ...serviceDetails(id),
        service_at_locations: (byService.serviceAtLocation.get(id) ?? []).map((link) => ({ ...link, location: fullLocation(link.location_id) })),
      };
    },
    serviceAtLocationList: () =>
      tables.service_at_location.map((link) => ({ ...link, service: serviceListItem(link.service_id), location: locations.get(link.location_id) })),
    serviceAtLocation: (id: string) => {
      const link = tables.service_at_location.find((row) => row.id === id);
      if (!link) return undefined;
      const service = serviceListItem(link.service_id);
      return { ...link, service: service && { ...service, ...serviceDetails(link.service_id) }, location: fullLocation(link.location_id) };
    },
    taxonomyList: () => tables.taxonomy,
    taxonomy: (id: string) => tables.taxonomy.find((row) => row.id === id),
    taxonomyTermList: () => tables.taxonomy_term,
    taxonomyTerm: (id: string) => termsById.get(id),
  };
}

export type HsdsDocuments = ReturnType<typeof hsdsDocuments>;
