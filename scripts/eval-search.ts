// `npm run eval:search`: the directory search's relevance benchmark. Loads the
// real directory from prisma/seed/data into a throwaway in-memory database (as
// the integration tests do: no server, and the site's own database is left
// alone, even while the site runs), runs the labelled queries of
// tests/fixtures/search-relevance.json through the directory's own search, and
// prints the top-3 hit rate and mean reciprocal rank per language and kind of
// query, and the queries that miss. Exit code 1 when the figures fall below the
// floor the test keeps, or a label names facts no listing has. `--all` also
// lists every query with its rank.
import { openMemoryAdapter } from "@/lib/db/adapter";
import { applyMigrations } from "@/lib/db/migrations";
import { describeOutcome, formatReport, summarize } from "@/lib/search-eval/report";
import { evaluateQueries, findUnsatisfiableLabels, readRelevanceFile } from "@/lib/search-eval/run";
import { PrismaClient } from "@/prisma/generated/client";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";

const started = performance.now();
const relevance = await readRelevanceFile();
const adapter = await openMemoryAdapter();
const prisma = new PrismaClient({ adapter: adapter.factory });
try {
  await applyMigrations(adapter.factory);
  await seedDatabase(prisma, await readSeedData());
  // The site's data functions use the client on globalThis (lib/db/client.ts): make it this one.
  (globalThis as unknown as { amparoDb?: PrismaClient }).amparoDb = prisma;
  const unsatisfiable = await findUnsatisfiableLabels(relevance.queries);
  const outcomes = await evaluateQueries(relevance.queries);
  const summary = summarize(outcomes);
  console.log(`Search relevance: ${relevance.queries.length} labelled queries against the seeded directory\n`);
  if (process.argv.includes("--all")) console.log(`${outcomes.map(describeOutcome).join("\n")}\n`);
  console.log(formatReport(summary, relevance.floor));
  if (unsatisfiable.length) {
    console.log(`\nLabels no listing or legal note can satisfy (fix them):\n  ${unsatisfiable.join("\n  ")}`);
  }
  const below = summary.overall.top3HitRate < relevance.floor.top3HitRate || summary.overall.mrr < relevance.floor.mrr;
  if (below || unsatisfiable.length) process.exitCode = 1;
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await prisma.$disconnect();
  await adapter.close();
}
// The WebAssembly schema engine keeps a timer alive for a while after the migrations.
process.exit();
