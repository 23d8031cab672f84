// The five documents the directory was built from, as a reader would cite
// them. Pages and the seed check go through here, so a file name like
// "004_e942b6814148eaad.txt" never reaches a public page.
import catalogue from "@/prisma/seed/data/seed-documents.json";
import type { Locale } from "@/lib/i18n/locales";
import { seedDocumentsSchema, type SeedDocument } from "@/lib/validation/seed";

const documents = new Map<string, SeedDocument>(seedDocumentsSchema.parse(catalogue).documents.map((doc) => [doc.file, doc]));

export const seedDocumentFiles = [...documents.keys()];

export type SeedDocumentCitation = {
  /** The document's own title (quote it) or, when it has none, what it is. */
  title: string;
  ownTitle: boolean;
  publisher: string | null;
  /** The first day of the month the document says it was last updated, for formatting as "March 2024". */
  lastUpdated: Date | null;
};

/** How to cite a seed document in `locale`; null for a file the catalogue does not know (then cite nothing, never the name). */
export function citeSeedDocument(file: string | undefined, locale: Locale): SeedDocumentCitation | null {
  const doc = file ? documents.get(file) : undefined;
  if (!doc) return null;
  return {
    title: doc.title ?? doc.description[locale],
    ownTitle: Boolean(doc.title),
    publisher: doc.publisher ?? null,
    lastUpdated: doc.lastUpdated ? new Date(`${doc.lastUpdated}-01T12:00:00Z`) : null,
  };
}
