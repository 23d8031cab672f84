// `npm run db:migrate`: applies pending migrations (prisma/migrations) once each.
import "@/scripts/lib/load-env";
import { describeTarget, migrate, withDatabase } from "@/scripts/lib/with-database";

await withDatabase(async ({ adapter }) => {
  const applied = await migrate(adapter);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${describeTarget(adapter)}: ${applied.join(", ")}`
      : `The ${describeTarget(adapter)} is up to date.`,
  );
});
