// The command-line scripts as a person runs them (npm run db:…), on the embedded database.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockDataDir } from "@/lib/db/pglite-lock";
import { testDatabaseKind } from "@/tests/setup/test-database";

const run = (script: string, dataDir: string) =>
  spawnSync("npx", ["tsx", script], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    encoding: "utf8",
    timeout: 60_000,
  });

describe.skipIf(testDatabaseKind() !== "pglite")("database scripts on the embedded database", () => {
  let dir: string;
  let dataDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "amparo-cli-"));
    dataDir = path.join(dir, "pglite");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("create, migrate and seed a new database, then find nothing left to do", () => {
    const first = run("scripts/db-setup.ts", dataDir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/\d+ migration\(s\) applied, \d+ organization\(s\)/);
    expect(first.stdout).not.toMatch(/ 0 migration/);
    const again = run("scripts/db-seed.ts", dataDir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("nothing changed");
    // Two real processes, each starting tsx and the WebAssembly engine: slow on a busy 2-core machine.
  }, 120_000);

  it("refuse, clearly, to open the database while another process uses it", () => {
    // This test process plays the running site.
    const release = lockDataDir(dataDir);
    try {
      const result = run("scripts/db-seed.ts", dataDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`in use by another process (pid ${process.pid})`);
      expect(result.stderr).toContain("Stop it first");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      release();
    }
  });

  it("prepare a fresh clone's database, as npm start does, before exporting from it", async () => {
    // No .data/ yet: the export used to stop on "table Organization does not exist".
    const fresh = path.join(dir, "fresh");
    const out = path.join(dir, "export");
    const result = spawnSync("npm", ["run", "-s", "export:hsds", "--", out], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: path.join(fresh, "pglite") },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Prepared the embedded database in .* as npm start does: [1-9]\d* migration\(s\) applied, [1-9]\d* organization\(s\)/);
    expect(result.stdout).toMatch(/Exported [1-9]\d* organizations/);
    expect(await readdir(path.join(out, "csv"))).toContain("organizations.csv");
    const organizations = JSON.parse(await readFile(path.join(out, "organizations.json"), "utf8")) as unknown[];
    expect(organizations.length).toBeGreaterThan(0);
  }, 120_000);
});
