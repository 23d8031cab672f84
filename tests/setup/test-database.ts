// A fresh, migrated database for one integration test file: an in-memory
// PGlite, or a new database on the PostgreSQL server of TEST_DATABASE_URL.
// It is also installed as the site's Prisma client, so lib/data functions run
// against it exactly as pages call them.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createAccount } from "@/lib/auth/users";
import { openAdapter, openMemoryAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/prisma/generated/client";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";

export type TestDatabase = {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  adapter: OpenedAdapter;
  url?: string;
  close: () => Promise<void>;
};

const globalForDb = globalThis as unknown as { amparoDb?: PrismaClient };

export function testDatabaseKind(): "pglite" | "postgres" {
  return process.env.AMPARO_TEST_DATABASE === "postgres" ? "postgres" : "pglite";
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const kind = testDatabaseKind();
  let adapter: OpenedAdapter;
  let url: string | undefined;
  let drop = async () => {};
  if (kind === "postgres") {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("TEST_DATABASE_URL is not set");
    const name = `amparo_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const target = new URL(base);
    target.pathname = `/${name}`;
    url = target.toString();
    adapter = await openAdapter({ kind: "postgres", url });
    drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    adapter = await openMemoryAdapter();
  }
  if (migrate) await applyMigrations(adapter.factory);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  globalForDb.amparoDb = prisma;
  return {
    kind,
    prisma,
    adapter,
    url,
    close: async () => {
      if (globalForDb.amparoDb === prisma) delete globalForDb.amparoDb;
      await prisma.$disconnect();
      await adapter.close();
      await drop();
    },
  };
}

/**
 * A fresh database loaded with the real seed for the tests of the enclosing
 * `describe` (created before them, dropped after). Its fields are read when a
 * test runs, so the object can be declared where the hooks are registered.
 */
export function useSeededTestDatabase(): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    await seedDatabase(current.prisma, await readSeedData());
  });
  afterAll(() => current?.close());
  const get = () => {
    if (!current) throw new Error("the seeded database is created in beforeAll: use it inside a test or hook");
    return current;
  };
  return {
    get kind() {
      return get().kind;
    },
    get prisma() {
      return get().prisma;
    },
    get adapter() {
      return get().adapter;
    },
    get url() {
      return get().url;
    },
    close: () => get().close(),
  };
}

/**
 * useSeededTestDatabase, plus an editor's account made before the tests: the
 * actor the admin write functions record in the audit log.
 */
export function useSeededTestDatabaseWithEditor(): { database: TestDatabase; actor: { id: string; email: string } } {
  const database = useSeededTestDatabase();
  const actor = { id: "", email: "" };
  beforeAll(async () => {
    const user = await createAccount(
      database.prisma,
      { email: "lia@example.org", name: "Lía", role: "editor", password: "a long enough passphrase" },
      { id: null, email: "test" },
    );
    Object.assign(actor, { id: user.id, email: user.email });
  });
  return { database, actor };
}
