// What applying a reviewed import writes, decided before any write: the plan's
// new and changed rows, less the fields a person edited since the last import
// (unless the admin asked to overwrite them), and the audit entry each of our
// records gets. Pure, so it is tested without a database.
import { ownersOf, type KeptChange, type Owner } from "@/lib/hsds/edit-guard";
import type { ImportPlan } from "@/lib/hsds/import-plan";
import { hsdsTableNames, type HsdsTableName } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";

type Row = Record<string, unknown>;

export type RowWrite = { table: HsdsTableName; id: string; isNew: boolean; fields: string[]; row: Row; before?: Row; owners: Owner[] };

/** Taxonomies and their terms are Amparo's own (labels from messages): a package cannot change them. */
const writableTables = hsdsTableNames.filter((table) => table !== "taxonomy" && table !== "taxonomy_term");

/**
 * Fields that follow from other data (a remote location's url is its organisation's website, a language's name
 * comes from its code) or that we do not keep (a service's status): never written, so never logged.
 */
export const derivedFields: Partial<Record<HsdsTableName, readonly string[]>> = { location: ["url"], service: ["status"], language: ["name"] };

/** "location.url", … for every planned change that applying will not write. */
export function notWritten(plan: ImportPlan): string[] {
  return writableTables.flatMap((table) => {
    const fields = new Set(plan[table].changed.flatMap((change) => change.fields).filter((field) => derivedFields[table]?.includes(field)));
    return [...fields].map((field) => `${table}.${field}`);
  });
}

export function rowWrites(plan: ImportPlan, tables: { incoming: HsdsTables; current: HsdsTables }, kept: KeptChange[], overwriteEdited: boolean): RowWrite[] {
  const keptFields = new Map<string, Set<string>>();
  if (!overwriteEdited) {
    for (const change of kept) keptFields.set(`${change.table}:${change.id}`, new Set([...(keptFields.get(`${change.table}:${change.id}`) ?? []), ...change.fields]));
  }
  return writableTables.flatMap((table) => {
    const incoming = new Map((tables.incoming[table] as Row[]).map((row) => [row.id as string, row]));
    const current = new Map((tables.current[table] as Row[]).map((row) => [row.id as string, row]));
    const planned = [...plan[table].new.map((change) => ({ ...change, isNew: true })), ...plan[table].changed.map((change) => ({ ...change, isNew: false }))];
    return planned.flatMap((change): RowWrite[] => {
      const row = incoming.get(change.id);
      const keep = keptFields.get(`${table}:${change.id}`);
      // A new row is added whole or not at all.
      const fields = change.isNew && keep ? [] : change.fields.filter((field) => !keep?.has(field) && (change.isNew || !derivedFields[table]?.includes(field)));
      if (!row || fields.length === 0) return [];
      return [{ table, id: change.id, isNew: change.isNew, fields, row, before: current.get(change.id), owners: ownersOf(table, row) }];
    });
  });
}

/** The row that makes a record: when it is new, the record is created. */
const recordTable: Record<Owner["entityType"], HsdsTableName> = { organization: "organization", office: "location", service: "service" };
const ownRows = new Set<HsdsTableName>(["organization", "location", "address", "service"]);

export type AuditChange = Owner & { action: "create" | "update"; before?: Row; after: Row };

/**
 * One audit entry per record written, with the HSDS fields before and after:
 * "address.address_1" for the record's own rows, "phone[<id>].number" for the
 * rows it owns.
 */
export function auditChanges(writes: RowWrite[]): AuditChange[] {
  const changes = new Map<string, AuditChange>();
  for (const write of writes) {
    const owner = write.owners[0];
    if (!owner) continue;
    const key = `${owner.entityType}:${owner.entityId}`;
    const change = changes.get(key) ?? { ...owner, action: "update", after: {} };
    if (write.isNew && write.table === recordTable[owner.entityType]) change.action = "create";
    const prefix = ownRows.has(write.table) ? write.table : `${write.table}[${write.id}]`;
    for (const field of write.fields) {
      change.after[`${prefix}.${field}`] = write.row[field] ?? null;
      if (!write.isNew) (change.before ??= {})[`${prefix}.${field}`] = write.before?.[field] ?? null;
    }
    changes.set(key, change);
  }
  // A created record has no "before", even if some of its rows came from elsewhere.
  return [...changes.values()].map((change) => (change.action === "create" ? { ...change, before: undefined } : change));
}

/** Records written that existed before: their version goes up, so an open admin form sees a conflict. */
export function updatedOwners(writes: RowWrite[]): Owner[] {
  const created = new Set(writes.filter((write) => write.isNew && (["organization", "location", "service"] as string[]).includes(write.table)).map((write) => write.id));
  const seen = new Map<string, Owner>();
  for (const owner of writes.flatMap((write) => write.owners)) {
    if (!created.has(owner.entityId)) seen.set(`${owner.entityType}:${owner.entityId}`, owner);
  }
  return [...seen.values()];
}

/** Puts one language's text into a record's translations, leaving the others; null when none is left. */
export function mergeTranslation(current: unknown, lang: Locale, incoming: unknown): Record<string, string> | null {
  const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);
  const merged = Object.fromEntries(Object.entries(isObject(current) ? current : {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const text = isObject(incoming) ? incoming[lang] : undefined;
  if (typeof text === "string" && text.trim()) merged[lang] = text;
  else delete merged[lang];
  return Object.keys(merged).length ? merged : null;
}

/** "Sin Fronteras IAP" → "sin-fronteras-iap", for the slug of a new organisation. */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
