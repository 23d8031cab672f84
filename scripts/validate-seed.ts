// Checks the seed data files without a database: `npx tsx scripts/validate-seed.ts`.
import { readSeedData, SeedFileError } from "@/prisma/seed/read-seed-files";

try {
  const data = await readSeedData();
  const offices = data.organizations.reduce((sum, org) => sum + org.offices.length, 0);
  console.log(
    `seed data valid: ${data.organizations.length} organizations, ${offices} offices, ` +
      `${data.legalNotes.length} legal notes, ${data.places.states.length} states`,
  );
} catch (error) {
  if (error instanceof SeedFileError) {
    console.error(`Seed data is invalid in ${error.message}`);
    process.exit(1);
  }
  throw error;
}
