// `npm run export:hsds -- <dir> [--lang en]`: the published directory as HSDS
// 3.0 JSON documents and CSV data package (see README, "Open data").
import "@/scripts/lib/load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { getHsdsExport } from "@/lib/data/hsds";
import { writeHsdsExport } from "@/lib/hsds/write-export";
import { locales, defaultLocale } from "@/lib/i18n/locales";
import { describeTarget, withPreparedDatabase } from "@/scripts/lib/with-database";

const argsSchema = z.object({
  dir: z.string().min(1, "give the folder to write to: npm run export:hsds -- <dir> [--lang en]"),
  lang: z.enum(locales, { error: `--lang must be one of ${locales.join(", ")}` }).default(defaultLocale),
});

const { values, positionals } = parseArgs({ options: { lang: { type: "string" } }, allowPositionals: true });
const args = argsSchema.safeParse({ dir: positionals[0] ?? "", lang: values.lang });
if (!args.success) {
  console.error(args.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(1);
}
const { dir, lang } = args.data;

await withPreparedDatabase(async ({ adapter, prisma }) => {
  const { tables, provenance } = await getHsdsExport(lang, prisma);
  const { files } = await writeHsdsExport(dir, tables, lang, provenance);
  console.log(
    `Exported ${tables.organization.length} organizations, ${tables.service.length} services and ${tables.location.length} locations ` +
      `(${lang}), with ${provenance.amparo_citation.length} citations of ${provenance.amparo_source.length} sources, from the ${describeTarget(adapter)} to ${dir}: ${files} files.`,
  );
});
