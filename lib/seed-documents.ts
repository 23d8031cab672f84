// The five documents the directory was built from, as a reader would cite
// them: by title, publisher and date. Records name a document by its id in
// the catalogue; pages and the seed check go through here.
import catalogue from "@/prisma/seed/data/seed-documents.json";
import type { Locale } from "@/lib/i18n/locales";
import { seedDocumentsSchema, type SeedDocument } from "@/lib/validation/seed";

const documents = new Map<string, SeedDocument>(seedDocumentsSchema.parse(catalogue).documents.map((doc) => [doc.id, doc]));

export const seedDocumentIds = [...documents.keys()];

export type SeedDocumentCitation = {
  /** The document's own title (quote it) or, when it has none, what it is. */
  title: string;
  ownTitle: boolean;
  publisher: string | null;
  /** The first day of the month the document says it was last updated, for formatting as "March 2024". */
  lastUpdated: Date | null;
};

/** How to cite a seed document in `locale`; null for an id the catalogue does not know (then cite nothing, never the id). */
export function citeSeedDocument(id: string | undefined, locale: Locale): SeedDocumentCitation | null {
  const doc = id ? documents.get(id) : undefined;
  if (!doc) return null;
  return {
    title: doc.title ?? doc.description[locale],
    ownTitle: Boolean(doc.title),
    publisher: doc.publisher ?? null,
    lastUpdated: doc.lastUpdated ? new Date(`${doc.lastUpdated}-01T12:00:00Z`) : null,
  };
}
