// A record's citations (organisation, office or service), replaced as a whole
// on each save like its phones: the form always sends every row.
import { phoneRawForForm } from "@/lib/data/admin/contact-rows";
import type { CitationRowValues } from "@/lib/validation/citation-rows";
import type { Prisma, PrismaClient } from "@/prisma/generated/client";

type Owner = { organizationId: string } | { officeId: string } | { serviceId: string };

/** What the edit selects load of a record's citations. */
export const citationEditSelect = {
  select: { fact: true, sourceId: true, excerpt: true, value: true, superseded: true },
  orderBy: { position: "asc" },
} as const;

type StoredCitation = { fact: string; sourceId: string; excerpt: string | null; value: string | null; superseded: boolean };

/**
 * The rows as the form and the audit snapshot show them: blank rather than
 * null. A phone citation names its number as the form shows the phone (a
 * foreign number in international form), so the form finds it among its phones.
 */
export function citationRowsForForm(citations: StoredCitation[], phones: { raw: string; number: string | null }[] = []) {
  const shown = (value: string) => {
    const phone = phones.find((candidate) => candidate.raw === value);
    return phone ? phoneRawForForm(phone) : value;
  };
  return citations.map(({ fact, sourceId, excerpt, value, superseded }) => ({
    fact: fact as string,
    sourceId,
    excerpt: excerpt ?? "",
    value: value === null ? "" : fact === "phone" ? shown(value) : value,
    superseded,
  }));
}

/** Saved rows in the snapshot's shape. */
export const citationRowsOfValues = (citations: CitationRowValues[]) => citationRowsForForm(citations);

export async function replaceCitations(tx: Prisma.TransactionClient, owner: Owner, citations: CitationRowValues[]) {
  await tx.citation.deleteMany({ where: owner });
  await tx.citation.createMany({ data: citations.map((citation, position) => ({ ...owner, ...citation, position })) });
}

/**
 * The form path of the first citation whose source no longer exists (deleted
 * while the form was open), as a save's "refused" outcome; null when all do.
 */
export async function missingCitedSource(prisma: PrismaClient, citations: CitationRowValues[]) {
  const ids = [...new Set(citations.map((citation) => citation.sourceId))];
  if (ids.length === 0) return null;
  const found = new Set((await prisma.source.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((source) => source.id));
  const index = citations.findIndex((citation) => !found.has(citation.sourceId));
  return index === -1 ? null : { outcome: "refused" as const, field: `citations.${index}.sourceId`, message: "sourceMissing" };
}
