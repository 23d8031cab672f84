import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMemoryAdapter } from "@/lib/db/adapter";
import { applyMigrations, diffMigrationsToSchema, readMigrationList } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

describe("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.close());

  it("apply every migration once, in order, and record them", async () => {
    const { migrationDirectories } = await readMigrationList();
    const names = migrationDirectories.map((migration) => migration.path);
    expect(await applyMigrations(database.adapter.factory)).toEqual(names);
    const recorded = await database.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(recorded.map((row) => row.migration_name)).toEqual(names);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(database.adapter.factory)).toEqual([]);
    const [row] = await database.prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM _prisma_migrations`;
    expect(Number(row?.count)).toBe((await readMigrationList()).migrationDirectories.length);
  });

  it("enforce the rules schema.prisma cannot express", async () => {
    const org = await database.prisma.organization.create({
      data: { slug: "check-org", name: { es: "Prueba" }, description: { es: "Prueba" }, scope: "local" },
    });
    await expect(
      database.prisma.phone.create({ data: { raw: "123", number: "12345", organizationId: org.id } }),
    ).rejects.toThrow(/Phone_number_e164|check constraint/i);
    await expect(database.prisma.phone.create({ data: { raw: "+52 55 1518 0730", number: "+525515180730" } })).rejects.toThrow(
      /Phone_one_owner|check constraint/i,
    );
    await expect(
      database.prisma.organization.create({ data: { slug: "Not A Slug", name: { es: "x" }, description: { es: "x" }, scope: "local" } }),
    ).rejects.toThrow(/slug_format|check constraint/i);
    await expect(
      database.prisma.organization.create({ data: { slug: "check-org", name: { es: "x" }, description: { es: "x" }, scope: "local" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    // The first five sources come with the migration; a fact cites one with its words, for one record.
    const source = await database.prisma.source.findUniqueOrThrow({ where: { key: "kino-asylum-seekers-mexico" } });
    expect(source).toMatchObject({ publisher: "Kino Border Initiative", title: "Asylum Seekers in Mexico" });
    await expect(
      database.prisma.citation.create({ data: { sourceId: source.id, organizationId: org.id, fact: "phone" } }),
    ).rejects.toThrow(/Citation_excerpt|check constraint/i);
    await expect(
      database.prisma.citation.create({ data: { sourceId: source.id, fact: "record" } }),
    ).rejects.toThrow(/Citation_one_owner|check constraint/i);
    await database.prisma.citation.create({ data: { sourceId: source.id, organizationId: org.id, fact: "record" } });
    await expect(database.prisma.source.delete({ where: { id: source.id } })).rejects.toThrow();
  });
});

describe("schema.prisma", () => {
  it("is exactly what the migrations produce (no drift)", async () => {
    const shadow = await openMemoryAdapter();
    try {
      expect(await diffMigrationsToSchema(shadow.factory)).toBe("");
    } finally {
      await shadow.close();
    }
  });
});
