// The HSDS tables as a Frictionless tabular data package: datapackage.json and
// one CSV per table with every column of the specification, in its order.
// Quoting is csv-stringify's (RFC 4180), not ours. Values are written exactly,
// "+52…" and "=…" included: this is data interchange read by programs, and the
// spreadsheet guard of the referral CSVs would change them (decision 005).
import { stringify } from "csv-stringify/sync";
import { provenanceFields, provenanceForeignKeys, provenancePaths, provenanceTableNames, type HsdsProvenance } from "@/lib/hsds/provenance-tables";
import { hsdsTableNames, tableFields, tablePaths, type FieldSpec, type HsdsTableName } from "@/lib/hsds/table-fields";
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

type ResourceForeignKey = { fields: string; reference: { resource: string; fields: "id" } };

function tableResource(name: string, path: string, fields: readonly FieldSpec[], keys: readonly ResourceForeignKey[] | undefined) {
  return {
    name,
    path,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    profile: "tabular-data-resource",
    schema: {
      primaryKey: "id",
      fields: fields.map(({ required, enum: values, ...field }) => ({
        ...field,
        ...(required || values ? { constraints: { ...(required ? { required } : {}), ...(values ? { enum: values } : {}) } } : {}),
      })),
      ...(keys ? { foreignKeys: keys } : {}),
    },
  };
}

/** The extension's two tables (decision 018), described like HSDS's own. */
export const provenanceResources = () =>
  provenanceTableNames.map((table) =>
    tableResource(table, provenancePaths[table], provenanceFields[table], table === "amparo_citation" ? provenanceForeignKeys.amparo_citation : undefined),
  );

/** `withProvenance`: the package carries the extension's tables after HSDS's own. */
export function hsdsDatapackage(lang: Locale, withProvenance = false) {
  return {
    name: "amparo-hsds",
    title: "Amparo — HSDS 3.0",
    profile: "tabular-data-package",
    version: hsdsVersion,
    language: lang,
    resources: [
      ...hsdsTableNames.map((table) => tableResource(table, tablePaths[table], tableFields[table], foreignKeys[table])),
      ...(withProvenance ? provenanceResources() : []),
    ],
  };
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value);
}

function csvTable(fields: readonly FieldSpec[], rows: object[]) {
  const columns = fields.map((field) => field.name);
  const cells = rows.map((row) => columns.map((column) => cell((row as Record<string, unknown>)[column])));
  return stringify([columns, ...cells], { record_delimiter: "\r\n" });
}

/**
 * File name → content, datapackage.json included. Without `provenance` the
 * package has no extension tables at all, so an import leaves citations alone.
 */
export function hsdsCsvPackage(tables: HsdsTables, lang: Locale, provenance?: HsdsProvenance): Map<string, string> {
  const files = new Map<string, string>();
  files.set("datapackage.json", `${JSON.stringify(hsdsDatapackage(lang, Boolean(provenance)), null, 2)}\n`);
  for (const table of hsdsTableNames) files.set(tablePaths[table], csvTable(tableFields[table], tables[table]));
  if (provenance) {
    for (const table of provenanceTableNames) files.set(provenancePaths[table], csvTable(provenanceFields[table], provenance[table]));
  }
  return files;
}
