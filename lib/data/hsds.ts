import "server-only";
import { addressSelect, emailSelect, phoneSelect, serviceDetailSelect } from "@/lib/data/shape";
import { db } from "@/lib/db/client";
import { hsdsDocuments } from "@/lib/hsds/documents";
import { withoutConfidentialDetails, type SourceOrganization } from "@/lib/hsds/source";
import { toHsdsTables } from "@/lib/hsds/to-tables";
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

/** The published directory as HSDS 3.0 tables and documents in one language. */
export async function getHsdsExport(lang: Locale, prisma?: PrismaClient) {
  const tables = toHsdsTables(await loadHsdsSource(prisma), { lang });
  return { tables, documents: hsdsDocuments(tables) };
}
