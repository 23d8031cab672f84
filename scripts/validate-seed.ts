// Checks the seed data files without a database: `npm run db:validate`.
// Refuses invalid files; then names every fact a person acts on that no
// citation backs with the words of its source (`--strict`: fail on any).
import { unsourcedFacts } from "@/lib/provenance/unsourced";
import { readSeedData, SeedFileError } from "@/prisma/seed/read-seed-files";

try {
  const data = await readSeedData();
  const offices = data.organizations.flatMap((org) => org.offices);
  console.log(
    `seed data valid: ${data.organizations.length} organizations, ${offices.filter((o) => o.published).length} published offices, ` +
      `${data.sources.length} sources, ${data.legalNotes.length} legal notes, ${data.places.states.length} states`,
  );
  const unsourced = data.organizations.flatMap(unsourcedFacts);
  if (unsourced.length === 0) {
    console.log("every phone, e-mail, address, hours, cost, kind of help, population and language cites its source");
  } else {
    console.log(`\n${unsourced.length} facts cite no source's words:`);
    for (const line of unsourced) console.log(`  - ${line}`);
    if (process.argv.includes("--strict")) process.exit(1);
  }
} catch (error) {
  if (error instanceof SeedFileError) {
    console.error(`Seed data is invalid in ${error.message}`);
    process.exit(1);
  }
  throw error;
}
