// Reads an HSDS CSV data package from a folder (an export's csv/ folder, or
// the export folder itself) and checks every table against the HSDS fields we
// import. Any problem anywhere means no tables: a package is taken whole or not at all.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { hsdsDatapackage } from "@/lib/hsds/csv-package";
import { emptyTables } from "@/lib/hsds/to-tables";
import { hsdsTableNames, tableFields, tablePaths, type HsdsTableName } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";
import { checkForeignKeys, checkTable, parseCsv, withheldAddressFields, type CsvProblem, type ParsedTable } from "@/lib/hsds/validate-csv";

export type PackageReadResult = { tables: HsdsTables; ignored: string[]; problems: CsvProblem[] };

async function packageDir(dir: string): Promise<string> {
  const names = await readdir(dir);
  return names.includes("datapackage.json") || !names.includes("csv") ? dir : path.join(dir, "csv");
}

/** Typed rows from checked cells: numbers become numbers, empty optional cells are left out. */
function typedRows(table: HsdsTableName, parsed: ParsedTable): object[] {
  const fields = tableFields[table];
  return parsed.rows.map((row) =>
    Object.fromEntries(
      fields.flatMap((field) => {
        const value = row[field.name] ?? "";
        if (value === "") return field.required ? [[field.name, ""]] : [];
        return [[field.name, field.type === "number" ? Number(value) : value]];
      }),
    ),
  );
}

export async function readHsdsPackage(dir: string): Promise<PackageReadResult> {
  const root = await packageDir(dir);
  const files = new Set(await readdir(root));
  const known = new Set<string>(Object.values(tablePaths));
  const ignored = [...files].filter((file) => file.endsWith(".csv") && !known.has(file)).sort();
  const resources = hsdsDatapackage("es").resources;
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
  problems.push(...checkForeignKeys(resources, parsed));
  const tables = emptyTables();
  if (problems.length === 0) {
    for (const name of hsdsTableNames) {
      const table = parsed.get(name);
      if (table) (tables[name] as object[]) = typedRows(name, table);
    }
  }
  return { tables, ignored, problems };
}
