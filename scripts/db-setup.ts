// Run before `npm start` and `npm run dev`: migrate, then seed, in one opening
// of the database (opening PGlite costs about a second).
import "@/scripts/lib/load-env";
import { describeTarget, prepareDatabase, withDatabase } from "@/scripts/lib/with-database";

await withDatabase(async (database) => {
  const { applied, seeded } = await prepareDatabase(database);
  console.log(
    `Database ready (${describeTarget(database.adapter)}): ${applied.length} migration(s) applied, ` +
      `${seeded.organizations} organization(s) and ${seeded.legalNotes} legal note(s) added.`,
  );
});
