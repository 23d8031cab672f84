// The catalogue of sources the seed knows (prisma/seed/data/sources.json).
// Legal notes name a source by its key; their pages cite it from here.
import catalogue from "@/prisma/seed/data/sources.json";
import type { Locale } from "@/lib/i18n/locales";
import { citeSource, type SourceCitation } from "@/lib/provenance/cite";
import { seedSourcesSchema, type SeedSource } from "@/lib/validation/seed";

const sources = new Map<string, SeedSource>(seedSourcesSchema.parse(catalogue).sources.map((source) => [source.id, source]));

export const catalogueSourceKeys = [...sources.keys()];

/** How to cite the catalogue's source `key` in `locale`; null for a key it does not know (then cite nothing, never the key). */
export function citeCatalogueSource(key: string | undefined, locale: Locale): SourceCitation | null {
  const source = key ? sources.get(key) : undefined;
  if (!source) return null;
  return citeSource(
    {
      publisher: source.publisher ?? null,
      title: source.title ?? null,
      description: source.description ?? null,
      url: source.url ?? null,
      published: source.published ?? null,
    },
    locale,
  );
}
