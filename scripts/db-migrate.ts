// `npm run db:migrate`: applies pending migrations (prisma/migrations) once each.
import "@/scripts/lib/load-env";
import { applyMigrations, ensurePostgresDatabase } from "@/lib/db/migrations";
import { describeTarget, withDatabase } from "@/scripts/lib/with-database";

await withDatabase(async ({ adapter }) => {
  if (adapter.target.kind === "postgres" && (await ensurePostgresDatabase(adapter.target.url))) {
    console.log(`Created the database ${new URL(adapter.target.url).pathname.slice(1)}.`);
  }
  const applied = await applyMigrations(adapter.factory);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${describeTarget(adapter)}: ${applied.join(", ")}`
      : `The ${describeTarget(adapter)} is up to date.`,
  );
});
