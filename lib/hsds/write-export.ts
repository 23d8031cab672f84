// Writes an export to a folder: the JSON documents at the top, the CSV data
// package in csv/. Existing files of the same names are replaced.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { hsdsCsvPackage } from "@/lib/hsds/csv-package";
import { hsdsDocuments } from "@/lib/hsds/documents";
import { hsdsJsonFiles } from "@/lib/hsds/json-files";
import type { HsdsProvenance } from "@/lib/hsds/provenance-tables";
import type { HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";

/** `provenance`: the sources and citations of the exported records (decision 018). */
export async function writeHsdsExport(dir: string, tables: HsdsTables, lang: Locale, provenance: HsdsProvenance) {
  const files = new Map<string, string>();
  for (const [file, document] of hsdsJsonFiles(hsdsDocuments(tables, provenance), tables)) {
    files.set(file, `${JSON.stringify(document, null, 2)}\n`);
  }
  for (const [file, content] of hsdsCsvPackage(tables, lang, provenance)) files.set(path.join("csv", file), content);
  for (const [file, content] of files) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { files: files.size };
}
