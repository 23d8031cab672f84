// The HSDS tables as a Frictionless tabular data package: datapackage.json and
// one CSV per table with every column of the specification, in its order.
// Quoting is csv-stringify's (RFC 4180), not ours. Values are written exactly,
// "+52…" and "=…" included: this is data interchange read by programs, and the
// spreadsheet guard of the referral CSVs would change them (decision 005).
import { stringify } from "csv-stringify/sync";
import { hsdsTableNames, tableFields, tablePaths, type HsdsTableName } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";

export const hsdsVersion = "3.0";

/** Resources in the order HSDS lists them; their keys point along the nesting of the JSON documents. */
const foreignKeys: Partial<Record<HsdsTableName, { fields: string; reference: { resource: HsdsTableName; fields: "id" } }[]>> = {
  service: [{ fields: "organization_id", reference: { resource: "organization", fields: "id" } }],
  location: [{ fields: "organization_id", reference: { resource: "organization", fields: "id" } }],
  service_at_location: [
    { fields: "service_id", reference: { resource: "service", fields: "id" } },
    { fields: "location_id", reference: { resource: "location", fields: "id" } },
  ],
  phone: [
    { fields: "organization_id", reference: { resource: "organization", fields: "id" } },
    { fields: "location_id", reference: { resource: "location", fields: "id" } },
  ],
  contact: [
    { fields: "organization_id", reference: { resource: "organization", fields: "id" } },
    { fields: "location_id", reference: { resource: "location", fields: "id" } },
  ],
  address: [{ fields: "location_id", reference: { resource: "location", fields: "id" } }],
  schedule: [{ fields: "location_id", reference: { resource: "location", fields: "id" } }],
  language: [{ fields: "location_id", reference: { resource: "location", fields: "id" } }],
  cost_option: [{ fields: "service_id", reference: { resource: "service", fields: "id" } }],
  attribute: [{ fields: "taxonomy_term_id", reference: { resource: "taxonomy_term", fields: "id" } }],
  taxonomy_term: [{ fields: "taxonomy_id", reference: { resource: "taxonomy", fields: "id" } }],
};

export function hsdsDatapackage(lang: Locale) {
  return {
    name: "amparo-hsds",
    title: "Amparo — HSDS 3.0",
    profile: "tabular-data-package",
    version: hsdsVersion,
    language: lang,
    resources: hsdsTableNames.map((table) => ({
      name: table,
      path: tablePaths[table],
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      profile: "tabular-data-resource",
      schema: {
        primaryKey: "id",
        fields: tableFields[table].map(({ required, enum: values, ...field }) => ({
          ...field,
          ...(required || values ? { constraints: { ...(required ? { required } : {}), ...(values ? { enum: values } : {}) } } : {}),
        })),
        ...(foreignKeys[table] ? { foreignKeys: foreignKeys[table] } : {}),
      },
    })),
  };
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value);
}

/** File name → content, datapackage.json included. */
export function hsdsCsvPackage(tables: HsdsTables, lang: Locale): Map<string, string> {
  const files = new Map<string, string>();
  files.set("datapackage.json", `${JSON.stringify(hsdsDatapackage(lang), null, 2)}\n`);
  for (const table of hsdsTableNames) {
    const columns = tableFields[table].map((field) => field.name);
    const rows = (tables[table] as object[]).map((row) => columns.map((column) => cell((row as Record<string, unknown>)[column])));
    files.set(tablePaths[table], stringify([columns, ...rows], { record_delimiter: "\r\n" }));
  }
  return files;
}
