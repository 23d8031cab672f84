// `npm run export:hsds -- <dir> [--lang en]`: the published directory as HSDS
// 3.0 JSON documents and CSV data package (see README, "Open data").
import "@/scripts/lib/load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadHsdsSource } from "@/lib/data/hsds";
import { toHsdsTables } from "@/lib/hsds/to-tables";
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
  const tables = toHsdsTables(await loadHsdsSource(prisma), { lang });
  const { files } = await writeHsdsExport(dir, tables, lang);
  console.log(
    `Exported ${tables.organization.length} organizations, ${tables.service.length} services and ${tables.location.length} locations ` +
      `(${lang}) from the ${describeTarget(adapter)} to ${dir}: ${files} files.`,
  );
});
