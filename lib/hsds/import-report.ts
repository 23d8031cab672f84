// The dry-run report of `npm run import:hsds`, as plain text lines.
import type { HsdsImportReview } from "@/lib/data/hsds-import";
import { hsdsTableNames } from "@/lib/hsds/table-fields";

export function importReportLines(review: HsdsImportReview): string[] {
  if (review.status === "rejected") {
    return [
      `Rejected: the package has ${review.problems.length} problem(s); nothing would be imported.`,
      ...review.problems.map((problem) => {
        const where = "id" in problem ? `${problem.table} ${problem.id}` : [problem.table, problem.row && `row ${problem.row}`, problem.field].filter(Boolean).join(" ");
        return `  ✗ ${where}: ${problem.message}`;
      }),
    ];
  }
  const lines = ["Dry run: nothing has been written.", ""];
  for (const table of hsdsTableNames) {
    const { new: added, changed, unchanged } = review.plan[table];
    if (!added.length && !changed.length && !unchanged) continue;
    lines.push(`${table}: ${added.length} new, ${changed.length} changed, ${unchanged} unchanged`);
    for (const row of added) lines.push(`  + ${row.id}${row.label ? ` ${row.label}` : ""}`);
    for (const row of changed) lines.push(`  ~ ${row.id}${row.label ? ` ${row.label}` : ""}: ${row.fields.join(", ")}`);
  }
  if (review.ignored.length) lines.push("", `Not imported (tables Amparo does not keep): ${review.ignored.join(", ")}`);
  return lines;
}
