// `npm run import:hsds -- <dir> [--lang en]`: checks an HSDS 3.0 CSV package and
// reports what importing it would change (new, changed, unchanged, rejected).
// It writes nothing; `--apply` is not available yet.
import "@/scripts/lib/load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { reviewHsdsImport } from "@/lib/data/hsds-import";
import { importReportLines } from "@/lib/hsds/import-report";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { describeTarget, withDatabase } from "@/scripts/lib/with-database";

const argsSchema = z.object({
  dir: z.string().min(1, "give the package folder: npm run import:hsds -- <dir> [--lang en]"),
  lang: z.enum(locales, { error: `--lang must be one of ${locales.join(", ")}` }).default(defaultLocale),
  apply: z.literal(false, { error: "--apply is not available yet: this command only reports what an import would change" }),
});

const { values, positionals } = parseArgs({ options: { lang: { type: "string" }, apply: { type: "boolean", default: false } }, allowPositionals: true });
const args = argsSchema.safeParse({ dir: positionals[0] ?? "", lang: values.lang, apply: values.apply });
if (!args.success) {
  console.error(args.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(1);
}
const { dir, lang } = args.data;

await withDatabase(async ({ adapter, prisma }) => {
  console.log(`Comparing ${dir} (${lang}) with the ${describeTarget(adapter)}.`);
  const review = await reviewHsdsImport(dir, lang, prisma);
  console.log(importReportLines(review).join("\n"));
  if (review.status === "rejected") process.exitCode = 1;
});
