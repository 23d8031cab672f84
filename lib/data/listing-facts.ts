import "server-only";
// The facts of every listing of the public directory, read from the tables
// themselves (not from the search's materialized views), so that the relevance
// benchmark judges results by what the records say rather than by what the
// search indexed. One listing per published office, and one per published
// organisation without one, as on the directory.
import { db } from "@/lib/db/client";
import { givenAtOffice } from "@/lib/data/shape";
import type { ListingFacts } from "@/lib/search-eval/labels";

/** Every listing's facts, by key: `office:<slug>`, or `organization:<slug>` for one without an office. */
export async function listListingFacts(): Promise<Map<string, ListingFacts>> {
  const organizations = await db().organization.findMany({
    where: { published: true },
    select: {
      slug: true,
      offices: {
        where: { published: true },
        select: { id: true, slug: true, kind: true, city: { select: { slug: true, state: { select: { slug: true } } } } },
      },
      services: { where: { published: true }, select: { type: true, populations: true, offices: { select: { officeId: true } } } },
    },
  });
  const facts = new Map<string, ListingFacts>();
  for (const org of organizations) {
    if (org.offices.length === 0) {
      const services = org.services.map(({ type, populations }) => ({ type, populations }));
      facts.set(listingKey(org.slug, null), { organization: org.slug, office: null, remote: true, city: null, state: null, services });
    }
    for (const office of org.offices) {
      const services = org.services
        .filter((service) => givenAtOffice(service, office.id))
        .map(({ type, populations }) => ({ type, populations }));
      facts.set(listingKey(org.slug, office.slug), {
        organization: org.slug,
        office: office.slug,
        remote: office.kind === "remote",
        city: office.city?.slug ?? null,
        state: office.city?.state.slug ?? null,
        services,
      });
    }
  }
  return facts;
}

export function listingKey(organization: string, office: string | null): string {
  return office ? `office:${office}` : `organization:${organization}`;
}

/** Slugs of the published legal notes. */
export async function listLegalNoteSlugs(): Promise<string[]> {
  const rows = await db().legalNote.findMany({ where: { published: true }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
