// What an import would do, table by table: rows that are new, rows whose
// fields differ (named), rows already identical. It compares HSDS rows on both
// sides, so the report speaks the package's vocabulary. Nothing is deleted:
// records missing from the package are left alone. A phone, contact or opening
// time with an unknown id that the same owner already has (same number,
// address or times) is the same row, kept as the database has it: an admin's
// save gives these rows new ids, and the form does not carry their labels.
import { hsdsTableNames, type HsdsTableName } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";

export type RowChange = { id: string; label?: string; fields: string[] };
export type TablePlan = { new: RowChange[]; changed: RowChange[]; unchanged: number };
export type ImportPlan = Record<HsdsTableName, TablePlan>;

const labelOf = (row: object) => {
  const record = row as Record<string, unknown>;
  const label = record.name ?? record.number ?? record.email ?? record.city ?? record.code;
  return typeof label === "string" ? label : undefined;
};

const identityFields: Partial<Record<HsdsTableName, string[]>> = {
  phone: ["organization_id", "location_id", "number", "extension"],
  contact: ["organization_id", "location_id", "name", "email"],
  schedule: ["location_id", "byday", "opens_at", "closes_at"],
};

/** What makes a row the same row under another id: its identity fields, or else everything but the id. */
function identityKey(table: HsdsTableName, row: object) {
  const record = row as Record<string, unknown>;
  const fields = identityFields[table] ?? Object.keys(record).filter((key) => key !== "id").sort();
  return JSON.stringify(fields.map((field) => record[field] ?? null));
}

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

export function planImport(incoming: HsdsTables, current: HsdsTables): ImportPlan {
  const plan = {} as ImportPlan;
  for (const table of hsdsTableNames) {
    const existing = new Map((current[table] as { id: string }[]).map((row) => [row.id, row]));
    const incomingIds = new Set((incoming[table] as { id: string }[]).map((row) => row.id));
    // Only rows the package does not name by id can stand for another id's content.
    const unnamed = new Map((current[table] as { id: string }[]).filter((row) => !incomingIds.has(row.id)).map((row) => [identityKey(table, row), row.id]));
    const tablePlan: TablePlan = { new: [], changed: [], unchanged: 0 };
    for (const row of incoming[table] as { id: string }[]) {
      const before = existing.get(row.id);
      if (!before && unnamed.delete(identityKey(table, row))) {
        tablePlan.unchanged += 1;
        continue;
      }
      if (!before) {
        tablePlan.new.push({ id: row.id, label: labelOf(row), fields: Object.keys(row).filter((key) => key !== "id") });
        continue;
      }
      const fields = changedFields(before, row);
      if (fields.length) tablePlan.changed.push({ id: row.id, label: labelOf(row), fields });
      else tablePlan.unchanged += 1;
    }
    plan[table] = tablePlan;
  }
  return plan;
}

export function planIsEmpty(plan: ImportPlan) {
  return hsdsTableNames.every((table) => plan[table].new.length === 0 && plan[table].changed.length === 0);
}
