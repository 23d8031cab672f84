// `npm run import:hsds -- <dir> [--lang en] [--apply] [--overwrite-edited]`:
// checks an HSDS 3.0 CSV package and reports what importing it changes (new,
// changed, unchanged, kept because a person edited it, rejected). Without
// --apply it writes nothing; with it, it writes everything in one transaction.
import "@/scripts/lib/load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { applyHsdsImport } from "@/lib/data/hsds-apply";
import { reviewHsdsImport } from "@/lib/data/hsds-import";
import { importReportLines } from "@/lib/hsds/import-report";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { describeTarget, withPreparedDatabase } from "@/scripts/lib/with-database";

const argsSchema = z.object({
  dir: z.string().min(1, "give the package folder: npm run import:hsds -- <dir> [--lang en] [--apply] [--overwrite-edited]"),
  lang: z.enum(locales, { error: `--lang must be one of ${locales.join(", ")}` }).default(defaultLocale),
  apply: z.boolean(),
  overwriteEdited: z.boolean(),
});

const options = { lang: { type: "string" }, apply: { type: "boolean", default: false }, "overwrite-edited": { type: "boolean", default: false } } as const;
const { values, positionals } = parseArgs({ options, allowPositionals: true });
const args = argsSchema.safeParse({ dir: positionals[0] ?? "", lang: values.lang, apply: values.apply, overwriteEdited: values["overwrite-edited"] });
if (!args.success) {
  console.error(args.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(1);
}
const { dir, lang, apply, overwriteEdited } = args.data;

await withPreparedDatabase(async ({ adapter, prisma }) => {
  console.log(`Comparing ${dir} (${lang}) with the ${describeTarget(adapter)}.`);
  const review = await reviewHsdsImport(dir, lang, prisma);
  let applied;
  if (apply && review.status === "valid") {
    try {
      applied = await applyHsdsImport(review, { lang, source: dir, overwriteEdited }, prisma);
    } catch (error) {
      // The transaction was rolled back: say so before the details.
      console.error(`Nothing was written: the import failed part-way (${(error as Error).message.trim().split("\n").at(-1)}).`);
      throw error;
    }
  }
  const reported = applied && review.status === "valid" ? { ...review, kept: applied.kept } : review;
  console.log(importReportLines(reported, { apply, overwriteEdited, applied }).join("\n"));
  if (review.status === "rejected") process.exitCode = 1;
});
