import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationsDir } from "@/lib/db/migrations";

// @prisma/adapter-pg runs a migration by splitting it on ";" (no SQL parser),
// so a semicolon inside a comment or a quoted string breaks it on PostgreSQL
// while PGlite runs it fine. Catch that before it reaches a server.
describe("migration files", () => {
  it("have semicolons only where statements end", async () => {
    const names = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const comments = sql.split("\n").filter((line) => line.trim().startsWith("--"));
      expect(comments.filter((line) => line.includes(";")), name).toEqual([]);
      const quoted = sql.match(/'[^']*'/g) ?? [];
      expect(quoted.filter((text) => text.includes(";")), name).toEqual([]);
      expect(sql, name).not.toMatch(/\$\$/);
    }
  });
});
