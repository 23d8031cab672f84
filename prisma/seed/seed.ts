// Writes the seed data into a database. Idempotent and conservative: a record
// whose id is already there is left exactly as it is (an admin may have
// corrected it since), so running the seed again changes nothing.
import { v5 as uuidv5 } from "uuid";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { normalisePhone } from "@/lib/phone";
import { sourceIdFor } from "@/lib/provenance/source-id";
import { weekdayNames, type SeedCitation, type SeedOffice, type SeedOrganization, type SeedPhone } from "@/lib/validation/seed";
import type { SeedData } from "@/prisma/seed/read-seed-files";
import type { Prisma, PrismaClient } from "@/prisma/generated/client";

/**
 * Phones, e-mails, contacts and hours have no id in the data files; deriving
 * one from the parent's id and position keeps it the same in every database
 * (HSDS exports need stable ids).
 */
const childId = (parentId: string, kind: string, index: number) => uuidv5(`${kind}:${index}`, parentId);

export type SeedReport = { states: number; cities: number; sources: number; organizations: number; legalNotes: number };

/** A record's citations; the organisation's `sources` cite the record as a whole, first. */
function citationRows(parentId: string, citations: SeedCitation[], recordSources: string[] = []) {
  const all = [...recordSources.map((source) => ({ fact: "record" as const, source, superseded: false })), ...citations];
  return all.map((citation, position) => ({
    id: childId(parentId, "citation", position),
    sourceId: sourceIdFor(citation.source),
    fact: citation.fact,
    value: "value" in citation ? citation.value : undefined,
    excerpt: "excerpt" in citation ? citation.excerpt : undefined,
    superseded: citation.superseded,
    position,
  }));
}

function phoneRows(parentId: string, phones: SeedPhone[]) {
  return phones.map((phone, position) => {
    const { e164, extension } = normalisePhone(phone.raw, phone.country);
    return {
      id: childId(parentId, "phone", position),
      number: e164,
      extension: phone.extension ?? extension,
      raw: phone.raw,
      type: phone.type,
      whatsapp: phone.whatsapp,
      label: phone.label,
      position,
    };
  });
}

function emailRows(parentId: string, emails: SeedOrganization["emails"]) {
  return emails.map((email, position) => ({
    id: childId(parentId, "email", position),
    address: email.address,
    label: email.label,
    position,
  }));
}

function officeData(office: SeedOffice, cityIds: Map<string, string>): Prisma.OfficeCreateWithoutOrganizationInput {
  const { address } = office;
  return {
    id: office.id,
    slug: office.slug,
    name: office.name,
    kind: office.kind,
    street: address.street,
    streetDetail: address.streetDetail,
    colonia: address.colonia,
    municipality: address.municipality,
    city: address.city ? { connect: { id: cityIds.get(address.city)! } } : undefined,
    postalCode: address.postalCode,
    country: address.country,
    latitude: office.coordinates?.latitude,
    longitude: office.coordinates?.longitude,
    timeZone: office.timeZone,
    hoursNote: office.hoursNote,
    languages: office.languages,
    confidentialAddress: office.confidentialAddress,
    needsVerification: office.needsVerification,
    verificationNote: office.verificationNote,
    published: office.published,
    citations: { create: citationRows(office.id, office.citations) },
    phones: { create: phoneRows(office.id, office.phones) },
    emails: { create: emailRows(office.id, office.emails) },
    hours: {
      create: office.hours.flatMap((hours, index) =>
        hours.days.map((day) => ({
          id: childId(office.id, `hours:${index}`, weekdayNames.indexOf(day)),
          weekday: weekdayNames.indexOf(day) + 1,
          opens: hours.opens,
          closes: hours.closes,
          label: hours.label,
        })),
      ),
    },
  };
}

/** The organisation with everything it owns; service–office links follow once the offices exist. */
function organizationData(org: SeedOrganization, cityIds: Map<string, string>): Prisma.OrganizationCreateInput {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    acronym: org.acronym,
    description: org.description,
    website: org.website,
    scope: org.scope,
    foundedYear: org.foundedYear,
    freeOfCharge: org.freeOfCharge,
    fraudReportEmail: org.fraudReport?.email,
    fraudReportNote: org.fraudReport?.note,
    nationalContact: org.nationalContact,
    citations: { create: citationRows(org.id, org.citations, org.sources) },
    needsVerification: org.needsVerification,
    verificationNote: org.verificationNote,
    phones: { create: phoneRows(org.id, org.phones) },
    emails: { create: emailRows(org.id, org.emails) },
    contacts: {
      create: org.contacts.map((contact, position) => ({ id: childId(org.id, "contact", position), ...contact, position })),
    },
    offices: { create: org.offices.map((office) => officeData(office, cityIds)) },
    services: {
      create: org.services.map((service) => ({
        id: service.id,
        type: service.type,
        populations: service.populations,
        description: service.description,
        eligibility: service.eligibility,
        cost: service.cost,
        accessMethods: service.accessMethods,
        howToGetHelp: service.howToGetHelp,
        citations: { create: citationRows(service.id, service.citations) },
      })),
    },
  };
}

export async function seedDatabase(prisma: PrismaClient, data: SeedData): Promise<SeedReport> {
  const report: SeedReport = { states: 0, cities: 0, sources: 0, organizations: 0, legalNotes: 0 };

  // Sources first: citations point at them. One already there (maybe corrected) stays as it is.
  report.sources = (
    await prisma.source.createMany({
      data: data.sources.map((source) => ({
        id: sourceIdFor(source.id),
        key: source.id,
        publisher: source.publisher,
        title: source.title,
        description: source.description,
        url: source.url,
        published: source.published,
        consultedOn: new Date(`${source.consulted}T00:00:00Z`),
      })),
      skipDuplicates: true,
    })
  ).count;

  report.states = (
    await prisma.state.createMany({
      data: data.places.states.map(({ cities: _cities, ...state }) => state),
      skipDuplicates: true,
    })
  ).count;
  report.cities = (
    await prisma.city.createMany({
      data: data.places.states.flatMap((state) =>
        state.cities.map(({ coordinates, ...city }) => ({ ...city, ...coordinates, stateId: state.id })),
      ),
      skipDuplicates: true,
    })
  ).count;
  // Cities seeded before they had coordinates get them; coordinates already set (maybe corrected) stay.
  for (const city of data.places.states.flatMap((state) => state.cities)) {
    if (!city.coordinates) continue;
    await prisma.city.updateMany({ where: { id: city.id, latitude: null }, data: city.coordinates });
  }
  const cityIds = new Map(
    (await prisma.city.findMany({ select: { id: true, slug: true } })).map((city) => [city.slug, city.id]),
  );

  const existing = new Set(
    (
      await prisma.organization.findMany({
        where: { id: { in: data.organizations.map((org) => org.id) } },
        select: { id: true },
      })
    ).map((org) => org.id),
  );
  for (const org of data.organizations.filter((candidate) => !existing.has(candidate.id))) {
    const officeIds = new Map(org.offices.map((office) => [office.slug, office.id]));
    await prisma.$transaction([
      prisma.organization.create({ data: organizationData(org, cityIds), select: { id: true } }),
      prisma.serviceAtOffice.createMany({
        data: org.services.flatMap((service) =>
          service.offices.map((slug) => ({ serviceId: service.id, officeId: officeIds.get(slug)! })),
        ),
      }),
    ]);
    report.organizations++;
  }

  report.legalNotes = (
    await prisma.legalNote.createMany({
      data: data.legalNotes.map((note) => ({
        id: note.id,
        slug: note.slug,
        jurisdiction: note.jurisdiction,
        position: note.position,
        title: note.title,
        summary: note.summary,
        body: note.body,
        sources: note.sources,
        relatedServiceTypes: note.relatedServiceTypes,
        reviewedAt: note.reviewedAt ? new Date(note.reviewedAt) : undefined,
      })),
      skipDuplicates: true,
    })
  ).count;
  if (report.organizations > 0) await refreshDirectoryIndex(prisma);
  return report;
}
