// Run before `npm start` and `npm run dev`: migrate, then seed, in one opening
// of the database (opening PGlite costs about a second).
import "@/scripts/lib/load-env";
import { applyMigrations, ensurePostgresDatabase } from "@/lib/db/migrations";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { describeTarget, withDatabase } from "@/scripts/lib/with-database";

const data = await readSeedData();
await withDatabase(async ({ adapter, prisma }) => {
  if (adapter.target.kind === "postgres" && (await ensurePostgresDatabase(adapter.target.url))) {
    console.log(`Created the database ${new URL(adapter.target.url).pathname.slice(1)}.`);
  }
  const applied = await applyMigrations(adapter.factory);
  const report = await seedDatabase(prisma, data);
  console.log(
    `Database ready (${describeTarget(adapter)}): ${applied.length} migration(s) applied, ` +
      `${report.organizations} organization(s) and ${report.legalNotes} legal note(s) added.`,
  );
});
