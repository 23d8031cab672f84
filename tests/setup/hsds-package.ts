// Edits a table of an exported HSDS CSV package, as someone would in a spreadsheet.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

export async function editPackageTable(exportDir: string, file: string, edit: (rows: Record<string, string>[]) => Record<string, string>[]) {
  const target = path.join(exportDir, "csv", file);
  const rows = parse(await readFile(target, "utf8"), { columns: true }) as Record<string, string>[];
  await writeFile(target, stringify(edit(rows), { header: true, record_delimiter: "\r\n" }));
}
