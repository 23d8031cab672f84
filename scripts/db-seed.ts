// `npm run db:seed`: adds the real directory from prisma/seed/data. Records
// already present are rewritten only from a corrected file and only when no one
// has edited them here (prisma/seed/seed.ts); running it again changes nothing.
// A new database is migrated first, as `npm start` would.
import "@/scripts/lib/load-env";
import { describeTarget, prepareDatabase, withDatabase } from "@/scripts/lib/with-database";

await withDatabase(async (database) => {
  const { seeded } = await prepareDatabase(database);
  const { keptEdited: _kept, ...counts } = seeded;
  const added = Object.entries(counts).filter(([, count]) => count > 0);
  console.log(
    added.length
      ? `Seeded the ${describeTarget(database.adapter)}: ${added.map(([kind, count]) => `${count} ${kind}`).join(", ")}.`
      : `The ${describeTarget(database.adapter)} already holds all seed records; nothing changed.`,
  );
});
