// Reads an HSDS CSV data package from a folder (an export's csv/ folder, or
// the export folder itself) and checks every table against the HSDS fields we
// import. Any problem anywhere means no tables: a package is taken whole or not at all.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { hsdsDatapackage, provenanceResources } from "@/lib/hsds/csv-package";
import { defaultLocale } from "@/lib/i18n/locales";
import { provenanceFields, provenancePaths, type HsdsProvenance } from "@/lib/hsds/provenance-tables";
import { emptyTables } from "@/lib/hsds/to-tables";
import { hsdsTableNames, tableFields, tablePaths, type FieldSpec } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";
import { checkForeignKeys, checkTable, parseCsv, withheldAddressFields, type CsvProblem, type ParsedTable } from "@/lib/hsds/validate-csv";

/**
 * `provenance`: the extension's tables (decision 018) when the package has
 * amparo_citations.csv; absent, the import leaves citations as they are.
 */
export type PackageReadResult = { tables: HsdsTables; provenance?: HsdsProvenance; ignored: string[]; problems: CsvProblem[] };

async function packageDir(dir: string): Promise<string> {
  const names = await readdir(dir);
  return names.includes("datapackage.json") || !names.includes("csv") ? dir : path.join(dir, "csv");
}

/** Typed rows from checked cells: numbers and booleans become theirs, empty optional cells are left out. */
function typedRows(fields: readonly FieldSpec[], parsed: ParsedTable): object[] {
  return parsed.rows.map((row) =>
    Object.fromEntries(
      fields.flatMap((field) => {
        const value = row[field.name] ?? "";
        if (value === "") return field.required ? [[field.name, ""]] : [];
        return [[field.name, field.type === "number" ? Number(value) : field.type === "boolean" ? value === "true" : value]];
      }),
    ),
  );
}

export async function readHsdsPackage(dir: string): Promise<PackageReadResult> {
  const root = await packageDir(dir);
  const files = new Set(await readdir(root));
  const known = new Set<string>([...Object.values(tablePaths), ...Object.values(provenancePaths)]);
  const ignored = [...files].filter((file) => file.endsWith(".csv") && !known.has(file));
  const hasCitations = files.has(provenancePaths.amparo_citation);
  // Sources are read for the citations that name them: alone, they are left out like any unknown table.
  if (!hasCitations && files.has(provenancePaths.amparo_source)) ignored.push(provenancePaths.amparo_source);
  const resources = [...hsdsDatapackage(defaultLocale).resources, ...(hasCitations ? provenanceResources() : [])];
  const parsed = new Map<string, ParsedTable>();
  const problems: CsvProblem[] = [];
  for (const resource of resources) {
    if (!files.has(resource.path)) continue;
    try {
      const table = parseCsv(await readFile(path.join(root, resource.path), "utf8"));
      parsed.set(resource.name, table);
      problems.push(...checkTable(resource, table, withheldAddressFields));
    } catch (error) {
      problems.push({ table: resource.name, message: `cannot read ${resource.path}: ${(error as Error).message}` });
    }
  }
  if (!parsed.has("organization")) problems.push({ table: "organization", message: `${tablePaths.organization} is missing` });
  if (hasCitations && !files.has(provenancePaths.amparo_source)) {
    problems.push({ table: "amparo_source", message: `${provenancePaths.amparo_source} is missing: citations name their sources there` });
  }
  problems.push(...checkForeignKeys(resources, parsed));
  const tables = emptyTables();
  if (problems.length === 0) {
    for (const name of hsdsTableNames) {
      const table = parsed.get(name);
      if (table) (tables[name] as object[]) = typedRows(tableFields[name], table);
    }
  }
  const provenance =
    hasCitations && problems.length === 0
      ? {
          amparo_source: typedRows(provenanceFields.amparo_source, parsed.get("amparo_source")!) as HsdsProvenance["amparo_source"],
          amparo_citation: typedRows(provenanceFields.amparo_citation, parsed.get("amparo_citation")!) as HsdsProvenance["amparo_citation"],
        }
      : undefined;
  return { tables, provenance, ignored: ignored.sort(), problems };
}
