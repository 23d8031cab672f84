// Checks CSV tables against their Table Schema fields the way a Frictionless
// validator would: known columns, required cells present (an empty cell is a
// missing value), types, formats, enums, unique primary keys and foreign keys.
// Used by the import, and by the tests with the official datapackage.json.
import { parse } from "csv-parse/sync";

export type FieldRule = {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
};
export type ForeignKey = { fields: string; reference: { resource: string; fields: string } };
export type ResourceRule = { name: string; path: string; schema: { fields: readonly FieldRule[]; primaryKey?: string; foreignKeys?: readonly ForeignKey[] } };

export type CsvProblem = { table: string; row?: number; field?: string; message: string };
export type ParsedTable = { header: string[]; rows: Record<string, string>[] };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-4]):[0-5]\d:[0-5]\d(Z|[+-]\d\d:\d\d)?$/;

function isUri(value: string) {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

function cellProblem(field: FieldRule, value: string): string | undefined {
  if (field.type === "number" && !Number.isFinite(Number(value))) return `"${value}" is not a number`;
  // Frictionless reads more spellings; we write and read only these two.
  if (field.type === "boolean" && value !== "true" && value !== "false") return `"${value}" is not true or false`;
  if (field.type === "date" && !datePattern.test(value)) return `"${value}" is not a date (YYYY-MM-DD)`;
  if (field.type === "time" && !timePattern.test(value)) return `"${value}" is not a time (HH:MM:SS)`;
  if (field.type === "datetime" && Number.isNaN(Date.parse(value))) return `"${value}" is not a date and time`;
  if (field.format === "uuid" && !uuidPattern.test(value)) return `"${value}" is not a UUID`;
  if (field.format === "email" && !emailPattern.test(value)) return `"${value}" is not an e-mail address`;
  if (field.format === "uri" && !isUri(value)) return `"${value}" is not a URI`;
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `"${value}" is not one of ${field.constraints.enum.join(", ")}`;
  return undefined;
}

export function parseCsv(content: string): ParsedTable {
  const records: string[][] = parse(content, { bom: true, relax_column_count: false });
  const [header = [], ...body] = records;
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]))) };
}

/**
 * HSDS requires a street line and a postal code in every address, but a shelter's
 * street is withheld and many of our sources give no postal code: an empty cell
 * there means "not given", not a broken record.
 */
export const withheldAddressFields: Readonly<Record<string, readonly string[]>> = { address: ["address_1", "postal_code"] };

/** Problems of one table; rows are numbered from 1 after the header. */
export function checkTable(resource: ResourceRule, table: ParsedTable, allowEmpty: Readonly<Record<string, readonly string[]>> = {}): CsvProblem[] {
  const mayBeEmpty = new Set(allowEmpty[resource.name] ?? []);
  const problems: CsvProblem[] = [];
  const fields = new Map(resource.schema.fields.map((field) => [field.name, field]));
  for (const column of table.header) {
    if (!fields.has(column)) problems.push({ table: resource.name, field: column, message: "unknown column" });
  }
  const seen = new Set<string>();
  table.rows.forEach((row, index) => {
    for (const field of resource.schema.fields) {
      const value = row[field.name] ?? "";
      if (value === "") {
        if (field.constraints?.required && !mayBeEmpty.has(field.name)) problems.push({ table: resource.name, row: index + 1, field: field.name, message: "required value missing" });
        continue;
      }
      const problem = cellProblem(field, value);
      if (problem) problems.push({ table: resource.name, row: index + 1, field: field.name, message: problem });
    }
    const key = resource.schema.primaryKey;
    if (key && row[key]) {
      if (seen.has(row[key])) problems.push({ table: resource.name, row: index + 1, field: key, message: `duplicate id ${row[key]}` });
      seen.add(row[key]);
    }
  });
  return problems;
}

/** Every foreign key that points at a row no table holds. */
export function checkForeignKeys(resources: readonly ResourceRule[], tables: Map<string, ParsedTable>): CsvProblem[] {
  const problems: CsvProblem[] = [];
  for (const resource of resources) {
    const table = tables.get(resource.name);
    for (const key of resource.schema.foreignKeys ?? []) {
      const target = tables.get(key.reference.resource);
      const ids = new Set(target?.rows.map((row) => row[key.reference.fields]));
      table?.rows.forEach((row, index) => {
        const value = row[key.fields];
        if (value && !ids.has(value)) {
          problems.push({ table: resource.name, row: index + 1, field: key.fields, message: `no ${key.reference.resource} with id ${value}` });
        }
      });
    }
  }
  return problems;
}
