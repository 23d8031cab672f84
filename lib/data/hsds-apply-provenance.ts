import "server-only";
// Writes the provenance part of an import (decision 018) inside the import's
// transaction, after the records: sources created or updated by id (text in the
// package's language, next to the other), then each listed record's citations
// replaced by the package's. Returns the audit entries it owes.
import { jsonOrNull } from "@/lib/data/hsds-apply-records";
import { mergeTranslation } from "@/lib/hsds/apply-writes";
import type { Owner } from "@/lib/hsds/edit-guard";
import { hsdsSource, type CitationLinkEntity, type HsdsCitation } from "@/lib/hsds/provenance-tables";
import type { ProvenancePlan } from "@/lib/hsds/provenance-import";
import type { Locale } from "@/lib/i18n/locales";
import type { Prisma } from "@/prisma/generated/client";

const ownerType: Record<CitationLinkEntity, Owner["entityType"]> = { organization: "organization", location: "office", service: "service" };

const linkColumn = (entity: CitationLinkEntity, id: string) =>
  entity === "organization" ? { organizationId: id } : entity === "location" ? { officeId: id } : { serviceId: id };

/** What an audit entry shows of a record's citations: what they say, not their ids. */
const citationsForAudit = (citations: HsdsCitation[]) =>
  citations.map(({ source_id, fact, value, excerpt, superseded }) => ({ source_id, fact, value: value ?? null, excerpt: excerpt ?? null, superseded }));

type SourceAudit = { entityType: "source"; entityId: string; action: "create" | "update"; before?: Record<string, unknown>; after: Record<string, unknown> };

export type ProvenanceWriteResult = {
  rows: number;
  /** Source entries (entityType "source") and one citations change per record, to merge with the record's own entry. */
  sourceAudits: SourceAudit[];
  citationAudits: (Owner & { before: unknown; after: unknown })[];
};

export async function writeProvenance(tx: Prisma.TransactionClient, plan: ProvenancePlan, lang: Locale): Promise<ProvenanceWriteResult> {
  const sourceAudits: SourceAudit[] = [];
  for (const change of plan.sources) {
    const { row } = change;
    const description = mergeTranslation(change.before?.description ?? null, lang, row.description ? { [lang]: row.description } : null);
    const data = {
      publisher: row.publisher ?? null,
      title: row.title ?? null,
      description: jsonOrNull(description),
      url: row.url ?? null,
      published: row.published ?? null,
      consultedOn: new Date(`${row.consulted_on}T00:00:00Z`),
    };
    if (change.isNew) await tx.source.create({ data: { id: row.id, key: row.key, ...data } });
    else await tx.source.update({ where: { id: row.id }, data });
    const then = change.before ? hsdsSource(change.before, lang) : undefined;
    sourceAudits.push({
      entityType: "source",
      entityId: row.id,
      action: change.isNew ? "create" : "update",
      before: then && Object.fromEntries(change.fields.map((field) => [field, then[field] ?? null])),
      after: change.isNew ? { ...row } : Object.fromEntries(change.fields.map((field) => [field, row[field] ?? null])),
    });
  }

  // Every listed record's citations go first, so an id may move between two of them.
  for (const { entity, id } of plan.replacements) await tx.citation.deleteMany({ where: linkColumn(entity, id) });
  const citations = plan.replacements.flatMap(({ entity, id, after }) =>
    after.map((citation) => ({
      id: citation.id,
      sourceId: citation.source_id,
      ...linkColumn(entity, id),
      fact: citation.fact,
      value: citation.value ?? null,
      excerpt: citation.excerpt ?? null,
      superseded: citation.superseded,
      position: citation.position,
    })),
  );
  if (citations.length) await tx.citation.createMany({ data: citations });
  const citationAudits = plan.replacements.map(({ entity, id, before, after }) => ({
    entityType: ownerType[entity],
    entityId: id,
    before: citationsForAudit(before),
    after: citationsForAudit(after),
  }));
  return { rows: plan.sources.length + plan.replacements.length, sourceAudits, citationAudits };
}
