// Writes the seed data into a database. Idempotent and conservative: running it
// again changes nothing. A record whose id is already there is rewritten only
// when its seed file changed since it was written (seedDigest) and no one has
// edited it or its offices or services here since (every version still 1), so
// a corrected file reaches databases seeded earlier without undoing an edit.
import { createHash } from "node:crypto";
import { v5 as uuidv5 } from "uuid";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { normalisePhone } from "@/lib/phone";
import { sourceIdFor } from "@/lib/provenance/source-id";
import { weekdayNames, type SeedCitation, type SeedLegalNote, type SeedOffice, type SeedOrganization, type SeedPhone } from "@/lib/validation/seed";
import type { SeedData } from "@/prisma/seed/read-seed-files";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

/**
 * Phones, e-mails, contacts and hours have no id in the data files; deriving
 * one from the parent's id and position keeps it the same in every database
 * (HSDS exports need stable ids).
 */
const childId = (parentId: string, kind: string, index: number) => uuidv5(`${kind}:${index}`, parentId);

export type SeedReport = {
  states: number;
  cities: number;
  sources: number;
  organizations: number;
  /** Organisations rewritten from a corrected seed file. */
  updated: number;
  /** Slugs of organisations whose seed file changed but that were edited here: left as they are, for review. */
  keptEdited: string[];
  legalNotes: number;
  /** Notes already there, never edited here, that got the translations their file added since (decision 028). */
  translatedNotes: number;
};

/** The digest of a seed record as parsed (defaults filled in): any change to its file changes it. */
export const seedDigestOf = (org: SeedOrganization) => createHash("sha256").update(JSON.stringify(org)).digest("hex");

const jsonOrNull = (value: Prisma.InputJsonValue | undefined) => value ?? Prisma.DbNull;

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

/** An office's own fields, every one set (null when the file leaves it out), so an update clears what the file no longer says. */
function officeFields(office: SeedOffice, cityIds: Map<string, string>) {
  const { address } = office;
  return {
    slug: office.slug,
    name: office.name,
    kind: office.kind,
    street: address.street ?? null,
    streetDetail: address.streetDetail ?? null,
    colonia: address.colonia ?? null,
    municipality: address.municipality ?? null,
    cityId: address.city ? cityIds.get(address.city)! : null,
    postalCode: address.postalCode ?? null,
    country: address.country,
    latitude: office.coordinates?.latitude ?? null,
    longitude: office.coordinates?.longitude ?? null,
    timeZone: office.timeZone,
    hoursNote: jsonOrNull(office.hoursNote),
    languages: office.languages,
    interpreters: office.interpreters,
    confidentialAddress: office.confidentialAddress,
    needsVerification: office.needsVerification,
    verificationNote: jsonOrNull(office.verificationNote),
    published: office.published,
  };
}

/** What an office owns, written whole: `replace` first deletes what an earlier seed wrote. */
function officeChildren(office: SeedOffice, replace: boolean) {
  const clear = replace ? { deleteMany: {} } : {};
  return {
    citations: { ...clear, create: citationRows(office.id, office.citations) },
    phones: { ...clear, create: phoneRows(office.id, office.phones) },
    emails: { ...clear, create: emailRows(office.id, office.emails) },
    hours: {
      ...clear,
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

function officeData(office: SeedOffice, cityIds: Map<string, string>): Prisma.OfficeUncheckedCreateWithoutOrganizationInput {
  return { id: office.id, ...officeFields(office, cityIds), ...officeChildren(office, false) };
}

function organizationFields(org: SeedOrganization) {
  return {
    slug: org.slug,
    name: org.name,
    acronym: jsonOrNull(org.acronym),
    description: org.description,
    website: org.website ?? null,
    scope: org.scope,
    foundedYear: org.foundedYear ?? null,
    freeOfCharge: org.freeOfCharge ?? null,
    fraudReportEmail: org.fraudReport?.email ?? null,
    fraudReportNote: jsonOrNull(org.fraudReport?.note),
    nationalContact: org.nationalContact,
    needsVerification: org.needsVerification,
    verificationNote: jsonOrNull(org.verificationNote),
    seedDigest: seedDigestOf(org),
  };
}

function organizationChildren(org: SeedOrganization, replace: boolean) {
  const clear = replace ? { deleteMany: {} } : {};
  return {
    citations: { ...clear, create: citationRows(org.id, org.citations, org.sources) },
    phones: { ...clear, create: phoneRows(org.id, org.phones) },
    emails: { ...clear, create: emailRows(org.id, org.emails) },
    contacts: {
      ...clear,
      create: org.contacts.map((contact, position) => ({ id: childId(org.id, "contact", position), ...contact, position })),
    },
  };
}

type SeedService = SeedOrganization["services"][number];

function serviceFields(service: SeedService) {
  return {
    type: service.type,
    populations: service.populations,
    description: service.description,
    eligibility: jsonOrNull(service.eligibility),
    cost: service.cost,
    accessMethods: service.accessMethods,
    howToGetHelp: jsonOrNull(service.howToGetHelp),
  };
}

/** The organisation with everything it owns; service–office links follow once the offices exist. */
function organizationData(org: SeedOrganization, cityIds: Map<string, string>): Prisma.OrganizationCreateInput {
  return {
    id: org.id,
    ...organizationFields(org),
    ...organizationChildren(org, false),
    offices: { create: org.offices.map((office) => officeData(office, cityIds)) },
    services: {
      create: org.services.map((service) => ({
        id: service.id,
        ...serviceFields(service),
        citations: { create: citationRows(service.id, service.citations) },
      })),
    },
  };
}

function serviceLinks(org: SeedOrganization) {
  const officeIds = new Map(org.offices.map((office) => [office.slug, office.id]));
  return org.services.flatMap((service) => service.offices.map((slug) => ({ serviceId: service.id, officeId: officeIds.get(slug)! })));
}

/**
 * Rewrites an organisation no one has edited from its corrected seed record,
 * in place: ids stay (problem reports and HSDS ids point at them), offices and
 * services the file no longer has are unpublished, never deleted.
 */
async function rewriteOrganization(tx: Prisma.TransactionClient, org: SeedOrganization, cityIds: Map<string, string>) {
  await tx.organization.update({ where: { id: org.id }, data: { ...organizationFields(org), ...organizationChildren(org, true) } });
  for (const office of org.offices) {
    await tx.office.upsert({
      where: { id: office.id },
      create: { ...officeData(office, cityIds), organizationId: org.id },
      update: { ...officeFields(office, cityIds), ...officeChildren(office, true) },
    });
  }
  await tx.office.updateMany({
    where: { organizationId: org.id, id: { notIn: org.offices.map((office) => office.id) } },
    data: { published: false },
  });
  for (const service of org.services) {
    const citations = citationRows(service.id, service.citations);
    await tx.service.upsert({
      where: { id: service.id },
      create: { id: service.id, organizationId: org.id, ...serviceFields(service), citations: { create: citations } },
      update: { ...serviceFields(service), citations: { deleteMany: {}, create: citations } },
    });
  }
  await tx.service.updateMany({
    where: { organizationId: org.id, id: { notIn: org.services.map((service) => service.id) } },
    data: { published: false },
  });
  await tx.serviceAtOffice.deleteMany({ where: { service: { organizationId: org.id } } });
  await tx.serviceAtOffice.createMany({ data: serviceLinks(org) });
}

export async function seedDatabase(prisma: PrismaClient, data: SeedData): Promise<SeedReport> {
  const report: SeedReport = { states: 0, cities: 0, sources: 0, organizations: 0, updated: 0, keptEdited: [], legalNotes: 0, translatedNotes: 0 };

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

  const existing = new Map(
    (
      await prisma.organization.findMany({
        where: { id: { in: data.organizations.map((org) => org.id) } },
        select: {
          id: true,
          seedDigest: true,
          version: true,
          offices: { select: { version: true } },
          services: { select: { version: true } },
        },
      })
    ).map((row) => [row.id, row]),
  );
  for (const org of data.organizations) {
    const row = existing.get(org.id);
    if (!row) {
      await prisma.$transaction([
        prisma.organization.create({ data: organizationData(org, cityIds), select: { id: true } }),
        prisma.serviceAtOffice.createMany({ data: serviceLinks(org) }),
      ]);
      report.organizations++;
      continue;
    }
    if (row.seedDigest === seedDigestOf(org)) continue;
    const untouched = [row, ...row.offices, ...row.services].every((record) => record.version === 1);
    if (!untouched) {
      report.keptEdited.push(org.slug);
      continue;
    }
    await prisma.$transaction((tx) => rewriteOrganization(tx, org, cityIds));
    report.updated++;
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
  report.translatedNotes = await addNoteTranslations(prisma, data.legalNotes);
  if (report.organizations > 0 || report.updated > 0) await refreshDirectoryIndex(prisma);
  return report;
}

/** `stored` with the locales of `file` it lacks; null when it lacks none. Texts it has are never changed. */
function withMissingLocales(stored: unknown, file: Record<string, string | undefined>): Record<string, string> | null {
  const current = (stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {}) as Record<string, string>;
  const added = Object.entries(file).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !(typeof current[entry[0]] === "string" && current[entry[0]]!.trim()),
  );
  return added.length ? { ...current, ...Object.fromEntries(added) } : null;
}

/**
 * Notes are otherwise only inserted (decision 003). A language added to a
 * note's file after the note was seeded (the urgent notes in French, Haitian
 * Creole and Portuguese) still reaches a database that has the note, as long
 * as no one has edited it here (version 1): only the missing locales are
 * written, so an editor's wording is never replaced.
 */
async function addNoteTranslations(prisma: PrismaClient, notes: SeedLegalNote[]): Promise<number> {
  const rows = await prisma.legalNote.findMany({
    where: { id: { in: notes.map((note) => note.id) }, version: 1 },
    select: { id: true, title: true, summary: true, body: true },
  });
  let count = 0;
  for (const row of rows) {
    const note = notes.find((candidate) => candidate.id === row.id)!;
    const changes = Object.fromEntries(
      (["title", "summary", "body"] as const).flatMap((field) => {
        const merged = withMissingLocales(row[field], note[field]);
        return merged ? [[field, merged]] : [];
      }),
    );
    if (Object.keys(changes).length === 0) continue;
    // The version is checked again in the write: an edit saved meanwhile wins.
    count += (await prisma.legalNote.updateMany({ where: { id: row.id, version: 1 }, data: changes })).count;
  }
  return count;
}
