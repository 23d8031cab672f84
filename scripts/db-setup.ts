// Run before `npm start` and `npm run dev`: migrate, then seed, in one opening
// of the database (opening PGlite costs about a second).
import "@/scripts/lib/load-env";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { describeTarget, migrate, withDatabase } from "@/scripts/lib/with-database";

const data = await readSeedData();
await withDatabase(async ({ adapter, prisma }) => {
  const applied = await migrate(adapter);
  const report = await seedDatabase(prisma, data);
  console.log(
    `Database ready (${describeTarget(adapter)}): ${applied.length} migration(s) applied, ` +
      `${report.organizations} organization(s) and ${report.legalNotes} legal note(s) added.`,
  );
});
