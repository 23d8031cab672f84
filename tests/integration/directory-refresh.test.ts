// Issue 16: every admin save refreshed the search views with a plain REFRESH, whose lock made every search wait
// until the refresh ended (about two seconds at 20,000 offices, more when the tables are busy). The refresh now
// runs CONCURRENTLY: searches keep reading the previous contents meanwhile.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

describe("refreshing the directory's search views", () => {
  const database = useSeededTestDatabase();

  it("shows a save in search once the refresh it waits for is done, also when saves arrive together", async () => {
    const office = await database.prisma.office.findFirstOrThrow({ where: { slug: "comar-tapachula" }, select: { id: true, name: true } });
    const name = (await database.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM directory_listing WHERE doc LIKE '%zafiro%'`)[0]!.n;
    expect(Number(name)).toBe(0);
    await database.prisma.office.update({ where: { id: office.id }, data: { name: { es: "Oficina Zafiro", en: "Zafiro office" } } });
    await Promise.all([refreshDirectoryIndex(database.prisma), refreshDirectoryIndex(database.prisma), refreshDirectoryIndex(database.prisma)]);
    const found = await database.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM directory_listing WHERE doc LIKE '%zafiro%'`;
    expect(Number(found[0]!.n)).toBe(1);
    await database.prisma.office.update({ where: { id: office.id }, data: { name: office.name ?? undefined } });
    await refreshDirectoryIndex(database.prisma);
  });

  it("lets searches read while a refresh waits on a busy table", async ({ skip }) => {
    if (database.kind !== "postgres") skip("needs a second connection to the same server");
    const connect = async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      return client;
    };
    const [holder, reader, watcher] = await Promise.all([connect(), connect(), connect()]);
    try {
      // A long write elsewhere holds the organisations: the refresh has to wait for it.
      await holder.query("BEGIN");
      await holder.query('LOCK TABLE "Organization" IN ACCESS EXCLUSIVE MODE');
      const refresh = refreshDirectoryIndex(database.prisma);
      await expect
        .poll(async () => (await watcher.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE 'REFRESH MATERIALIZED VIEW%' AND wait_event_type = 'Lock'")).rows[0].n, { timeout: 20_000 })
        .toBe(1);
      // Meanwhile a search reads the views, and does not wait.
      await reader.query("SET statement_timeout = '3s'");
      const { rows } = await reader.query("SELECT count(*)::int AS n FROM directory_listing");
      expect(rows[0].n).toBeGreaterThan(100);
      await holder.query("COMMIT");
      await refresh;
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await Promise.all([holder.end(), reader.end(), watcher.end()]);
    }
  });
});
