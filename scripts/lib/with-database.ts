// Opens the configured database for a command-line script, runs `task`, and
// always releases it (PGlite's lock, pg's pool). Known failures become one
// clear line and exit code 1 instead of a stack trace.
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyMigrations, ensurePostgresDatabase } from "@/lib/db/migrations";
import { DatabaseInUseError } from "@/lib/db/pglite-lock";
import { PrismaClient } from "@/prisma/generated/client";
import { readSeedData, SeedFileError } from "@/prisma/seed/read-seed-files";
import { seedDatabase, type SeedReport } from "@/prisma/seed/seed";

export type ScriptDatabase = { adapter: OpenedAdapter; prisma: PrismaClient };

export function describeTarget(adapter: OpenedAdapter): string {
  return adapter.target.kind === "pglite"
    ? `embedded database in ${adapter.target.dataDir}`
    : `PostgreSQL at ${new URL(adapter.target.url).host}`;
}

/** Like `prisma migrate deploy`: creates a missing PostgreSQL database, then applies pending migrations. */
export async function migrate(adapter: OpenedAdapter): Promise<string[]> {
  if (adapter.target.kind === "postgres" && (await ensurePostgresDatabase(adapter.target.url))) {
    console.log(`Created the database ${new URL(adapter.target.url).pathname.slice(1)}.`);
  }
  return applyMigrations(adapter.factory);
}

/**
 * What `npm start` does before serving: migrate, then add the seed records that
 * are missing (both are no-ops on a database that has them). Every command that
 * reads the database runs it first, so that on a fresh clone it finds the
 * directory instead of "table Organization does not exist".
 */
export async function prepareDatabase({ adapter, prisma }: ScriptDatabase): Promise<{ applied: string[]; seeded: SeedReport }> {
  const applied = await migrate(adapter);
  const seeded = await seedDatabase(prisma, await readSeedData());
  if (seeded.updated) console.log(`Corrected ${seeded.updated} organization(s) from their seed files (no one had edited them here).`);
  if (seeded.translatedNotes) console.log(`Added new translations to ${seeded.translatedNotes} legal note(s) from their seed files (no one had edited them here).`);
  if (seeded.keptEdited.length) {
    console.log(
      `The seed files of ${seeded.keptEdited.length} organization(s) changed, but they were edited here, so they were kept as they are; ` +
        `compare them with prisma/seed/data by hand: ${seeded.keptEdited.join(", ")}.`,
    );
  }
  return { applied, seeded };
}

/** Runs `task` on a database prepared like `npm start`'s, saying so when that changed anything. */
export function withPreparedDatabase(task: (database: ScriptDatabase) => Promise<void>): Promise<void> {
  return withDatabase(async (database) => {
    const { applied, seeded } = await prepareDatabase(database);
    if (applied.length || seeded.organizations || seeded.legalNotes) {
      console.log(
        `Prepared the ${describeTarget(database.adapter)} as npm start does: ${applied.length} migration(s) applied, ` +
          `${seeded.organizations} organization(s) and ${seeded.legalNotes} legal note(s) added.`,
      );
    }
    await task(database);
  });
}

export async function withDatabase(task: (database: ScriptDatabase) => Promise<void>): Promise<void> {
  let adapter: OpenedAdapter | undefined;
  let prisma: PrismaClient | undefined;
  try {
    adapter = await openAdapter();
    prisma = new PrismaClient({ adapter: adapter.factory });
    await task({ adapter, prisma });
  } catch (error) {
    if (error instanceof DatabaseInUseError || error instanceof SeedFileError) {
      console.error(error instanceof SeedFileError ? `Seed data is invalid in ${error.message}` : error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  } finally {
    await prisma?.$disconnect().catch(() => {});
    await adapter?.close().catch(() => {});
  }
  // The WebAssembly schema engine keeps a timer alive for about ten seconds
  // after its last use; nothing is left to do, so do not wait for it.
  process.exit();
}
