// Our published directory → HSDS 3.0 tables in one language. Pure: the same
// records, language and moment always give the same tables, in the same order.
import { derivedId, serviceAtLocationId, taxonomyTermId } from "@/lib/hsds/ids";
import { exportLabels } from "@/lib/hsds/labels";
import { compact, hsdsEmailContact, hsdsPhone, locationTables, localized, type ExportContext } from "@/lib/hsds/location-tables";
import type { SourceOrganization, SourceService } from "@/lib/hsds/source";
import { hsdsTaxonomies, taxonomyKeys } from "@/lib/hsds/taxonomies";
import type { HsdsAttribute, HsdsCostOption, HsdsService, HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";

export type ExportOptions = { lang: Locale; now?: Date };

export const emptyTables = (): HsdsTables => ({
  organization: [],
  service: [],
  location: [],
  service_at_location: [],
  phone: [],
  contact: [],
  address: [],
  schedule: [],
  language: [],
  cost_option: [],
  attribute: [],
  taxonomy: [],
  taxonomy_term: [],
});

function serviceRecords(service: SourceService, organizationId: string, context: ExportContext) {
  const { lang, labels } = context;
  const record: HsdsService = compact({
    id: service.id,
    organization_id: organizationId,
    // Our services have no names of their own: the kind of help names them.
    name: labels.serviceType[service.type],
    description: localized(service.description, lang),
    status: "active" as const,
    application_process: localized(service.howToGetHelp, lang),
    fees_description: labels.cost[service.cost],
    eligibility_description: localized(service.eligibility, lang),
  });
  const costOptions: HsdsCostOption[] =
    service.cost === "free"
      ? [{ id: derivedId(service.id, "cost_option:free"), service_id: service.id, option: labels.cost.free, currency: "MXN", amount: 0 }]
      : [];
  const link = (key: string, code: string, linkType: HsdsAttribute["link_type"]): HsdsAttribute => {
    const termId = taxonomyTermId(key, code);
    return { id: derivedId(service.id, `attribute:${termId}`), link_id: service.id, taxonomy_term_id: termId, link_type: linkType, link_entity: "service" };
  };
  const attributes = [
    link(taxonomyKeys.serviceType, service.type, "service_type"),
    ...service.populations.map((population) => link(taxonomyKeys.population, population, "audience")),
  ];
  return { record, costOptions, attributes };
}

export function toHsdsTables(organizations: SourceOrganization[], options: ExportOptions): HsdsTables {
  const labels = exportLabels(options.lang);
  const context: ExportContext = { lang: options.lang, labels, now: options.now ?? new Date() };
  const tables = emptyTables();
  const { taxonomies, terms } = hsdsTaxonomies(labels, options.lang);
  tables.taxonomy.push(...taxonomies);
  tables.taxonomy_term.push(...terms);

  for (const org of [...organizations].sort((a, b) => a.id.localeCompare(b.id))) {
    const [firstEmail, ...otherEmails] = org.emails;
    const owner = { organization_id: org.id };
    tables.organization.push(
      compact({
        id: org.id,
        name: localized(org.name, options.lang) ?? "",
        alternate_name: localized(org.acronym, options.lang),
        description: localized(org.description, options.lang) ?? "",
        email: firstEmail?.address,
        website: org.website ?? undefined,
        year_incorporated: org.foundedYear ?? undefined,
      }),
    );
    tables.phone.push(...org.phones.map((phone) => hsdsPhone(phone, owner, context)));
    tables.contact.push(
      ...org.contacts.map((contact) =>
        compact({ id: contact.id, organization_id: org.id, name: contact.name, title: localized(contact.title, options.lang), email: contact.email ?? undefined }),
      ),
      // The first e-mail is the organisation's own field; the others become contacts.
      ...otherEmails.map((email) => hsdsEmailContact(email, owner, options.lang)),
    );
    const offices = [...org.offices].sort((a, b) => a.id.localeCompare(b.id));
    for (const office of offices) {
      const location = locationTables(office, org, context);
      tables.location.push(location.location);
      tables.address.push(...location.addresses);
      tables.phone.push(...location.phones);
      tables.contact.push(...location.contacts);
      tables.schedule.push(...location.schedules);
      tables.language.push(...location.languages);
      tables.attribute.push(...location.attributes);
    }
    for (const service of [...org.services].sort((a, b) => a.id.localeCompare(b.id))) {
      const { record, costOptions, attributes } = serviceRecords(service, org.id, context);
      tables.service.push(record);
      tables.cost_option.push(...costOptions);
      tables.attribute.push(...attributes);
      // As on the site: a service linked to no office is given at all of them.
      const officeIds = service.officeIds.length ? [...service.officeIds].sort() : offices.map((office) => office.id);
      tables.service_at_location.push(
        ...officeIds.map((officeId) => ({ id: serviceAtLocationId(service.id, officeId), service_id: service.id, location_id: officeId })),
      );
    }
  }
  return tables;
}
