// `npm run db:seed`: adds the real directory from prisma/seed/data. Records
// already present are left untouched, so running it again changes nothing.
import "@/scripts/lib/load-env";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { describeTarget, withDatabase } from "@/scripts/lib/with-database";

const data = await readSeedData();
await withDatabase(async ({ adapter, prisma }) => {
  const report = await seedDatabase(prisma, data);
  const added = Object.entries(report).filter(([, count]) => count > 0);
  console.log(
    added.length
      ? `Seeded the ${describeTarget(adapter)}: ${added.map(([kind, count]) => `${count} ${kind}`).join(", ")}.`
      : `The ${describeTarget(adapter)} already holds all seed records; nothing changed.`,
  );
});
