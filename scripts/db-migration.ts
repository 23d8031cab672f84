// `npm run db:migration -- <name>`: writes the next migration from the
// difference between prisma/migrations and prisma/schema.prisma.
import "@/scripts/lib/load-env";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openMemoryAdapter } from "@/lib/db/adapter";
import { diffMigrationsToSchema, migrationLock, migrationsDir } from "@/lib/db/migrations";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}

const shadow = await openMemoryAdapter();
try {
  const sql = await diffMigrationsToSchema(shadow.factory);
  if (!sql) {
    console.log("schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), migrationLock);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await shadow.close();
}
