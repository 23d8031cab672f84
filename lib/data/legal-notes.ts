import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import { slugParamSchema } from "@/lib/validation/params";
import type { ServiceType } from "@/lib/taxonomy";

const sourcesSchema = z.array(
  z.object({ title: z.string(), url: z.string().optional(), document: z.string().optional(), date: z.string().optional() }),
);

/** Published notes in reading order: Mexico first, then international, then the United States. */
export async function listLegalNotes(locale: Locale) {
  const rows = await db().legalNote.findMany({
    where: { published: true },
    orderBy: [{ position: "asc" }],
    select: { slug: true, jurisdiction: true, title: true, summary: true },
  });
  return rows.map((row) => ({
    slug: row.slug,
    jurisdiction: row.jurisdiction,
    title: pickLocalized(row.title, locale),
    summary: pickLocalized(row.summary, locale),
  }));
}

export type LegalNoteSummary = Awaited<ReturnType<typeof listLegalNotes>>[number];

export async function getLegalNoteBySlug(slug: string, locale: Locale) {
  if (!slugParamSchema.safeParse(slug).success) return null;
  const row = await db().legalNote.findFirst({ where: { slug, published: true } });
  if (!row) return null;
  return {
    slug: row.slug,
    jurisdiction: row.jurisdiction,
    title: pickLocalized(row.title, locale),
    summary: pickLocalized(row.summary, locale),
    body: pickLocalized(row.body, locale),
    sources: sourcesSchema.catch([]).parse(row.sources),
    relatedServiceTypes: row.relatedServiceTypes,
    reviewedAt: row.reviewedAt,
  };
}

/** Organisations with a published service of one of these types, for a note's "who can help" list. */
export async function listOrganizationsOffering(types: ServiceType[], locale: Locale) {
  if (types.length === 0) return [];
  const rows = await db().organization.findMany({
    where: { published: true, services: { some: { published: true, type: { in: types } } } },
    select: {
      slug: true,
      name: true,
      services: { where: { published: true, type: { in: types } }, select: { type: true } },
    },
  });
  return rows
    .map((row) => ({
      slug: row.slug,
      name: pickLocalized(row.name, locale),
      serviceTypes: [...new Set(row.services.map((service) => service.type))],
    }))
    .sort((a, b) => (a.name?.text ?? "").localeCompare(b.name?.text ?? "", locale));
}

/** Offices in one city that give one of these kinds of help, for a note's "near you" list. */
export async function listOfficesOfferingIn(types: ServiceType[], citySlug: string, locale: Locale) {
  if (types.length === 0 || !slugParamSchema.safeParse(citySlug).success) return [];
  const offering = { published: true, type: { in: types } };
  const rows = await db().office.findMany({
    where: {
      published: true,
      city: { slug: citySlug },
      organization: { published: true },
      // A service is given at the offices it is linked to, or at all of them when linked to none.
      OR: [
        { services: { some: { service: offering } } },
        { organization: { services: { some: { ...offering, offices: { none: {} } } } } },
      ],
    },
    select: { slug: true, name: true, organization: { select: { name: true } } },
  });
  return rows
    .map((row) => ({
      slug: row.slug,
      name: pickLocalized(row.name, locale),
      organizationName: pickLocalized(row.organization.name, locale),
    }))
    .sort((a, b) => (a.organizationName?.text ?? "").localeCompare(b.organizationName?.text ?? "", locale));
}
