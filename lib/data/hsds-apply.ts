import "server-only";
// `npm run import:hsds -- <dir> --apply`: writes a reviewed package in one
// transaction, with one audit entry per record created or changed, then
// refreshes the search index. If any write fails, nothing is written.
import { writeAudit, type Actor } from "@/lib/audit";
import { writeHours, writePhone, writeContact, writeServiceAtLocation, writeServiceDetail } from "@/lib/data/hsds-apply-children";
import { writeLocation, writeOfficeDetail, writeOrganization, writeService, type ApplyContext } from "@/lib/data/hsds-apply-records";
import { writeProvenance } from "@/lib/data/hsds-apply-provenance";
import { keptSinceLastImport, type HsdsImportReview } from "@/lib/data/hsds-import";
import { importActorPrefix } from "@/lib/data/hsds-import-edits";
import { announceWrite } from "@/lib/cache/invalidation";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { auditChanges, rowWrites, updatedOwners, type RowWrite } from "@/lib/hsds/apply-writes";
import type { KeptChange } from "@/lib/hsds/edit-guard";
import type { HsdsTableName } from "@/lib/hsds/table-fields";
import { indexRecords } from "@/lib/hsds/record-index";
import type { Locale } from "@/lib/i18n/locales";
import type { PrismaClient } from "@/prisma/generated/client";

type ValidReview = Extract<HsdsImportReview, { status: "valid" }>;

export type ApplyOptions = { lang: Locale; source: string; overwriteEdited: boolean };
/** `kept`: the fields people edited, as the transaction found them (the report shows these). */
export type ApplyResult = { rows: number; auditEntries: number; kept: KeptChange[] };

const writers: Partial<Record<HsdsTableName, (context: ApplyContext, write: RowWrite) => Promise<void>>> = {
  organization: writeOrganization,
  service: writeService,
  location: writeLocation,
  service_at_location: writeServiceAtLocation,
  phone: writePhone,
  contact: writeContact,
  address: writeOfficeDetail,
  language: writeOfficeDetail,
  // A schedule with opening times is opening hours; one without is the office's hours note.
  schedule: (context, write) => (write.row.opens_at ? writeHours(context, write) : writeOfficeDetail(context, write)),
  cost_option: writeServiceDetail,
  // A location's attribute says whether it has interpreters; a service's, its kind of help or groups.
  attribute: (context, write) => (write.row.link_entity === "location" ? writeOfficeDetail(context, write) : writeServiceDetail(context, write)),
};

/** Who the audit log says made the change: no person, the import of this folder. */
export const importActor = (source: string): Actor => ({ id: null, email: `${importActorPrefix} ${source}` });

const recordTables = new Set<HsdsTableName>(["organization", "location", "service"]);

// A package of a few thousand rows is written row by row; give it time.
const transactionOptions = { maxWait: 10_000, timeout: 300_000 };

export async function applyHsdsImport(review: ValidReview, options: ApplyOptions, prisma: PrismaClient): Promise<ApplyResult> {
  const actor = importActor(options.source);
  const result = await prisma.$transaction(async (tx) => {
    // Asked again here: a person may have saved since the review.
    const kept = await keptSinceLastImport(review.plan, review.tables, tx, review.provenance);
    const writes = rowWrites(review.plan, review.tables, kept, options.overwriteEdited);
    const changes = auditChanges(writes);
    const context: ApplyContext = { tx, lang: options.lang, index: indexRecords(review.records, review.tables.incoming.schedule), cityIds: review.cityIds, created: new Set() };
    // Tables in the plan's order: organisations, services and locations before the rows that point at them.
    for (const write of writes) await writers[write.table]?.(context, write);
    // Sources and citations last: citations point at both (decision 018).
    // A record whose citations a person edited since its last import keeps them, unless told otherwise.
    const keptCitations = new Set(options.overwriteEdited ? [] : kept.filter((change) => change.table === "amparo_citation").map((change) => change.id));
    const provenancePlan = review.provenance && { ...review.provenance, replacements: review.provenance.replacements.filter((replacement) => !keptCitations.has(replacement.id)) };
    const provenance = provenancePlan ? await writeProvenance(tx, provenancePlan, options.lang) : { rows: 0, sourceAudits: [], citationAudits: [] };
    const owners = updatedOwners(writes);
    const created = new Set(writes.filter((write) => write.isNew && recordTables.has(write.table)).map((write) => write.id));
    for (const cited of provenance.citationAudits) {
      // A record whose citations changed is changed too: its entry says so, and an open form sees a conflict.
      const change = changes.find((candidate) => candidate.entityType === cited.entityType && candidate.entityId === cited.entityId);
      if (change) {
        change.after.citations = cited.after;
        if (change.action === "update") (change.before ??= {}).citations = cited.before;
      } else {
        changes.push({ entityType: cited.entityType, entityId: cited.entityId, action: "update", before: { citations: cited.before }, after: { citations: cited.after } });
      }
      if (!created.has(cited.entityId) && !owners.some((owner) => owner.entityId === cited.entityId)) owners.push({ entityType: cited.entityType, entityId: cited.entityId });
    }
    for (const owner of owners) {
      const where = { id: owner.entityId };
      const data = { version: { increment: 1 } };
      if (owner.entityType === "organization") await tx.organization.update({ where, data });
      else if (owner.entityType === "office") await tx.office.update({ where, data });
      else await tx.service.update({ where, data });
    }
    for (const change of [...changes, ...provenance.sourceAudits]) {
      await writeAudit(tx, actor, { action: change.action, entityType: change.entityType, entityId: change.entityId, before: change.before, after: change.after });
    }
    return { rows: writes.length + provenance.rows, auditEntries: changes.length + provenance.sourceAudits.length, kept };
  }, transactionOptions);
  if (result.rows > 0) {
    await refreshDirectoryIndex(prisma);
    // An import can touch any page: every instance drops every cached page.
    await announceWrite(prisma, ["all"]);
  }
  return result;
}
