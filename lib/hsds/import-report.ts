// The report of `npm run import:hsds`, as plain text lines: the dry run, or
// what --apply wrote. Both name the fields a person edited since the last
// import, which applying keeps unless --overwrite-edited is given.
import type { HsdsImportReview } from "@/lib/data/hsds-import";
import { notWritten } from "@/lib/hsds/apply-writes";
import type { KeptChange } from "@/lib/hsds/edit-guard";
import type { ProvenancePlan } from "@/lib/hsds/provenance-import";
import { hsdsTableNames } from "@/lib/hsds/table-fields";

/** `apply`: --apply was asked for; `applied`: what it wrote (absent when the package was rejected). */
export type ReportMode = { apply?: boolean; overwriteEdited: boolean; applied?: { rows: number; auditEntries: number } };

const day = (at: Date) => at.toISOString().slice(0, 10);

function keptLine(change: KeptChange, mode: ReportMode) {
  const edited = `edited by ${change.by} on ${day(change.at)}`;
  const what = change.isNew ? "the whole row" : change.fields.join(", ");
  if (!mode.overwriteEdited) return `      kept (${edited}): ${what}`;
  return `      ${mode.applied ? "overwritten" : "to be overwritten"} (${edited}, --overwrite-edited): ${what}`;
}

export function importReportLines(review: HsdsImportReview, mode: ReportMode = { overwriteEdited: false }): string[] {
  if (review.status === "rejected") {
    return [
      `Rejected: the package has ${review.problems.length} problem(s); nothing ${mode.apply ? "was" : "would be"} imported.`,
      ...review.problems.map((problem) => {
        const where = "id" in problem ? `${problem.table} ${problem.id}` : [problem.table, problem.row && `row ${problem.row}`, problem.field].filter(Boolean).join(" ");
        return `  ✗ ${where}: ${problem.message}`;
      }),
    ];
  }
  const { applied, overwriteEdited } = mode;
  const lines = [
    applied
      ? `Applied in one transaction: ${applied.rows} row(s) written, ${applied.auditEntries} audit entr${applied.auditEntries === 1 ? "y" : "ies"}.`
      : "Dry run: nothing has been written. Add --apply to write these changes.",
    "",
  ];
  const keptOf = (table: string, id: string) => review.kept.filter((change) => change.table === table && change.id === id);
  for (const table of hsdsTableNames) {
    const { new: added, changed, unchanged } = review.plan[table];
    if (!added.length && !changed.length && !unchanged) continue;
    const kept = review.kept.filter((change) => change.table === table).length;
    const keptCount = kept ? `, ${kept} with fields edited since the last import` : "";
    lines.push(`${table}: ${added.length} new, ${changed.length} changed, ${unchanged} unchanged${keptCount}`);
    for (const [mark, rows] of [["+", added], ["~", changed]] as const) {
      for (const row of rows) {
        lines.push(`  ${mark} ${row.id}${row.label ? ` ${row.label}` : ""}${mark === "~" ? `: ${row.fields.join(", ")}` : ""}`);
        lines.push(...keptOf(table, row.id).map((change) => keptLine(change, mode)));
      }
    }
  }
  lines.push(...provenanceLines(review.provenance, (id) => keptOf("amparo_citation", id).map((change) => keptLine(change, mode))));
  if (review.kept.length && !overwriteEdited) {
    lines.push("", `${review.kept.length} row(s) have fields a person edited since the last import: they are kept. Add --overwrite-edited to replace them.`);
  }
  const derived = notWritten(review.plan);
  if (derived.length) lines.push("", `Not imported (Amparo derives these from other fields): ${derived.join(", ")}`);
  if (review.ignored.length) lines.push("", `Not imported (tables Amparo does not keep): ${review.ignored.join(", ")}`);
  return lines;
}

/** Sources new or changed, and records whose citations the package replaces (decision 018). */
function provenanceLines(plan: ProvenancePlan | undefined, keptLines: (recordId: string) => string[]): string[] {
  if (!plan) return ["amparo_citation: not in the package (no amparo_citations.csv): citations are left as they are"];
  const added = plan.sources.filter((change) => change.isNew);
  const changed = plan.sources.filter((change) => !change.isNew);
  return [
    `amparo_source: ${added.length} new, ${changed.length} changed, ${plan.unchangedSources} unchanged`,
    ...added.map((change) => `  + ${change.id} ${change.key}`),
    ...changed.map((change) => `  ~ ${change.id} ${change.key}: ${change.fields.join(", ")}`),
    `amparo_citation: ${plan.replacements.length} record(s) get the package's citations, ${plan.unchangedRecords} unchanged`,
    ...plan.replacements.flatMap((change) => [`  ~ ${change.entity} ${change.id}: ${change.before.length} → ${change.after.length} citation(s)`, ...keptLines(change.id)]),
  ];
}
