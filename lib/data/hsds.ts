import "server-only";
import { addressSelect, emailSelect, phoneSelect, serviceDetailSelect } from "@/lib/data/shape";
import { db } from "@/lib/db/client";
import { hsdsDocuments } from "@/lib/hsds/documents";
import { citationWithheld, toProvenanceTables, type HsdsProvenance, type StoredCitation } from "@/lib/hsds/provenance-tables";
import { withoutConfidentialDetails, type SourceOrganization } from "@/lib/hsds/source";
import { toHsdsTables } from "@/lib/hsds/to-tables";
import type { HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import type { Prisma, PrismaClient } from "@/prisma/generated/client";

const published = { published: true } as const;

const organizationSelect = {
  id: true,
  name: true,
  acronym: true,
  description: true,
  website: true,
  foundedYear: true,
  phones: { select: phoneSelect, orderBy: { position: "asc" } },
  emails: { select: emailSelect, orderBy: { position: "asc" } },
  contacts: { select: { id: true, name: true, title: true, email: true }, orderBy: { position: "asc" } },
  offices: {
    where: published,
    orderBy: { id: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      ...addressSelect,
      timeZone: true,
      hoursNote: true,
      languages: true,
      interpreters: true,
      city: { select: { name: true, state: { select: { name: true, code: true, country: true } } } },
      phones: { select: phoneSelect, orderBy: { position: "asc" } },
      emails: { select: emailSelect, orderBy: { position: "asc" } },
      hours: { select: { id: true, weekday: true, opens: true, closes: true, label: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
    },
  },
  services: {
    where: published,
    orderBy: { id: "asc" },
    select: serviceDetailSelect,
  },
} satisfies Prisma.OrganizationSelect;

/**
 * Every published organisation with its published offices and services, as the
 * HSDS mapping reads them. Confidential offices lose their street and
 * coordinates here already, so nothing downstream can leak them.
 */
export async function loadHsdsSource(prisma: PrismaClient = db()): Promise<SourceOrganization[]> {
  const rows = await prisma.organization.findMany({ where: published, orderBy: { id: "asc" }, select: organizationSelect });
  return rows.map(toSource);
}

type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;

function toSource({ services, offices, ...org }: OrganizationRow): SourceOrganization {
  return {
    ...org,
    offices: offices.map(withoutConfidentialDetails),
    services: services.map(({ offices: links, ...service }) => ({ ...service, officeIds: links.map((link) => link.officeId) })),
  };
}

/**
 * The records an import compares a package with: unpublished ones too (a
 * package must not recreate what an admin hid), by id.
 */
export async function loadHsdsImportTargets(ids: string[], prisma: PrismaClient = db()): Promise<SourceOrganization[]> {
  const everything = { ...organizationSelect, offices: { ...organizationSelect.offices, where: {} }, services: { ...organizationSelect.services, where: {} } };
  const rows = await prisma.organization.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: everything });
  return rows.map(toSource);
}

export const storedCitationSelect = {
  id: true,
  organizationId: true,
  officeId: true,
  serviceId: true,
  fact: true,
  value: true,
  excerpt: true,
  superseded: true,
  position: true,
  source: { select: { id: true, key: true, publisher: true, title: true, description: true, url: true, published: true, consultedOn: true } },
} satisfies Prisma.CitationSelect;

/** Every citation of these records (organisations, offices, services by id), as stored. */
export async function loadCitationsOf(ids: { organization: string[]; location: string[]; service: string[] }, prisma: Pick<PrismaClient, "citation">) {
  const rows: StoredCitation[] = await prisma.citation.findMany({
    where: { OR: [{ organizationId: { in: ids.organization } }, { officeId: { in: ids.location } }, { serviceId: { in: ids.service } }] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: storedCitationSelect,
  });
  return rows;
}

/** The street, neighbourhood and postal code of the confidential offices among these, which their citations must not quote. */
export async function loadWithheldAddresses(officeIds: string[], prisma: Pick<PrismaClient, "office">) {
  const rows = await prisma.office.findMany({
    where: { id: { in: officeIds }, confidentialAddress: true },
    select: { id: true, street: true, streetDetail: true, colonia: true, postalCode: true },
  });
  return new Map(rows.map(({ id, ...withheld }) => [id, withheld]));
}

/** The sources and citations of the exported records (decision 018); a confidential office's that could quote its address stay out. */
export async function loadHsdsProvenance(tables: HsdsTables, lang: Locale, prisma: PrismaClient = db()): Promise<HsdsProvenance> {
  const ids = { organization: tables.organization.map((row) => row.id), location: tables.location.map((row) => row.id), service: tables.service.map((row) => row.id) };
  const [citations, withheld] = await Promise.all([loadCitationsOf(ids, prisma), loadWithheldAddresses(ids.location, prisma)]);
  const exported = citations.filter((citation) => !citationWithheld(citation, citation.officeId ? withheld.get(citation.officeId) : undefined));
  return toProvenanceTables(exported, lang);
}

/** The published directory as HSDS 3.0 tables, with its sources and citations, and documents in one language. */
export async function getHsdsExport(lang: Locale, prisma: PrismaClient = db()) {
  const tables = toHsdsTables(await loadHsdsSource(prisma), { lang });
  const provenance = await loadHsdsProvenance(tables, lang, prisma);
  return { tables, provenance, documents: hsdsDocuments(tables, provenance) };
}
