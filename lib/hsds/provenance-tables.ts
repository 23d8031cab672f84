// Amparo's extension to HSDS 3.0 (decision 018): where each fact comes from.
// HSDS's `metadata` is a log of edits (field, previous and new value, who) and
// `attribute` links a record to a taxonomy term; neither can say "this source,
// in these words, states this phone". Sources and citations travel as two extra
// tables of the CSV package (amparo_sources.csv, amparo_citations.csv) and as
// `amparo_citations` on the organization, location and service documents.
import { compact, localized } from "@/lib/hsds/location-tables";
import type { FieldSpec } from "@/lib/hsds/table-fields";
import type { Locale } from "@/lib/i18n/locales";
import { citedFacts, type CitedFact } from "@/lib/taxonomy";

export const provenanceTableNames = ["amparo_source", "amparo_citation"] as const;
export type ProvenanceTableName = (typeof provenanceTableNames)[number];

export const provenancePaths: Record<ProvenanceTableName, string> = {
  amparo_source: "amparo_sources.csv",
  amparo_citation: "amparo_citations.csv",
};

/** The HSDS table of the record a citation belongs to (as `attribute.link_entity` names it). */
export const citationLinkEntities = ["organization", "location", "service"] as const;
export type CitationLinkEntity = (typeof citationLinkEntities)[number];

export const provenanceFields: Record<ProvenanceTableName, readonly FieldSpec[]> = {
  amparo_source: [
    { name: "id", type: "string", format: "uuid", required: true },
    { name: "key", type: "string", required: true },
    { name: "publisher", type: "string" },
    { name: "title", type: "string" },
    { name: "description", type: "string" },
    { name: "url", type: "string", format: "uri" },
    // YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source, so not a Table Schema date.
    { name: "published", type: "string" },
    { name: "consulted_on", type: "date", required: true },
  ],
  amparo_citation: [
    { name: "id", type: "string", format: "uuid", required: true },
    { name: "source_id", type: "string", format: "uuid", required: true },
    { name: "link_id", type: "string", format: "uuid", required: true },
    { name: "link_entity", type: "string", required: true, enum: citationLinkEntities },
    { name: "fact", type: "string", required: true, enum: citedFacts },
    { name: "value", type: "string" },
    { name: "excerpt", type: "string" },
    { name: "superseded", type: "boolean", required: true },
    { name: "position", type: "number", required: true },
  ],
};

export const provenanceForeignKeys = {
  amparo_citation: [{ fields: "source_id", reference: { resource: "amparo_source", fields: "id" } }],
} as const;

export type HsdsSource = {
  id: string;
  key: string;
  publisher?: string;
  title?: string;
  description?: string;
  url?: string;
  published?: string;
  consulted_on: string;
};

export type HsdsCitation = {
  id: string;
  source_id: string;
  link_id: string;
  link_entity: CitationLinkEntity;
  fact: CitedFact;
  value?: string;
  excerpt?: string;
  superseded: boolean;
  position: number;
};

export type HsdsProvenance = { amparo_source: HsdsSource[]; amparo_citation: HsdsCitation[] };

/** A citation as the database holds it (lib/data/hsds.ts loads these). */
export type StoredSource = {
  id: string;
  key: string;
  publisher: string | null;
  title: string | null;
  description: unknown;
  url: string | null;
  published: string | null;
  consultedOn: Date;
};

export type StoredCitation = {
  id: string;
  organizationId: string | null;
  officeId: string | null;
  serviceId: string | null;
  fact: CitedFact;
  value: string | null;
  excerpt: string | null;
  superseded: boolean;
  position: number;
  source: StoredSource;
};

/** The record a stored citation belongs to, in HSDS terms. */
export function citationLink(citation: Pick<StoredCitation, "organizationId" | "officeId" | "serviceId">): { link_entity: CitationLinkEntity; link_id: string } {
  if (citation.officeId) return { link_entity: "location", link_id: citation.officeId };
  if (citation.serviceId) return { link_entity: "service", link_id: citation.serviceId };
  return { link_entity: "organization", link_id: citation.organizationId ?? "" };
}

export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function hsdsSource(source: StoredSource, lang: Locale): HsdsSource {
  return compact({
    id: source.id,
    key: source.key,
    publisher: source.publisher ?? undefined,
    title: source.title ?? undefined,
    description: localized(source.description, lang),
    url: source.url ?? undefined,
    published: source.published ?? undefined,
    consulted_on: dayOf(source.consultedOn),
  });
}

export function hsdsCitation(citation: StoredCitation): HsdsCitation {
  return compact({
    id: citation.id,
    source_id: citation.source.id,
    ...citationLink(citation),
    fact: citation.fact,
    value: citation.value ?? undefined,
    excerpt: citation.excerpt ?? undefined,
    superseded: citation.superseded,
    position: citation.position,
  });
}

/** What a confidential office's export leaves out, to keep its citations from quoting it. */
export type WithheldAddress = { street: string | null; streetDetail: string | null; colonia: string | null; postalCode: string | null };

/**
 * Whether a citation of a confidential office must stay out of the export: an
 * address citation quotes the withheld street, and any other excerpt may too.
 */
export function citationWithheld(citation: { fact: CitedFact; excerpt?: string | null }, withheld: WithheldAddress | undefined): boolean {
  if (!withheld) return false;
  if (citation.fact === "address") return true;
  const excerpt = citation.excerpt?.toLocaleLowerCase("es") ?? "";
  return [withheld.street, withheld.streetDetail, withheld.colonia, withheld.postalCode].some((part) => part && excerpt.includes(part.toLocaleLowerCase("es")));
}

/**
 * The provenance tables of the exported records in one language: each cited
 * source once (by key), citations by record and position. Pure; the caller
 * has already left out unpublished records and withheld citations.
 */
export function toProvenanceTables(citations: StoredCitation[], lang: Locale): HsdsProvenance {
  const sources = new Map<string, StoredSource>();
  for (const citation of citations) sources.set(citation.source.id, citation.source);
  const rows = citations.map(hsdsCitation);
  rows.sort((a, b) => a.link_id.localeCompare(b.link_id) || a.position - b.position || a.id.localeCompare(b.id));
  return {
    amparo_source: [...sources.values()].sort((a, b) => a.key.localeCompare(b.key)).map((source) => hsdsSource(source, lang)),
    amparo_citation: rows,
  };
}
