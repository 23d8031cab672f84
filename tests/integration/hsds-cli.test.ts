// `npm run export:hsds` and `npm run import:hsds` as a person runs them, on a new embedded database.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@/tests/setup/test-database";

describe.skipIf(testDatabaseKind() !== "pglite")("HSDS scripts", () => {
  let dir: string;
  const run = (args: string[]) =>
    spawnSync("npm", ["run", "-s", ...args], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dir, "pglite") },
      encoding: "utf8",
      timeout: 90_000,
    });
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "amparo-hsds-cli-"));
    const setup = spawnSync("npx", ["tsx", "scripts/db-setup.ts"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dir, "pglite") },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(setup.status, setup.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("exports in English, then finds the export matches the database", { timeout: 120_000 }, async () => {
    const out = path.join(dir, "export");
    const exported = run(["export:hsds", "--", out, "--lang", "en"]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Exported \d+ organizations, \d+ services and \d+ locations \(en\)/);
    expect(await readdir(path.join(out, "csv"))).toContain("datapackage.json");
    const taxonomies = JSON.parse(await readFile(path.join(out, "taxonomies.json"), "utf8")) as { name: string }[];
    expect(taxonomies.map((taxonomy) => taxonomy.name)).toContain("Kinds of help (Amparo)");

    const reviewed = run(["import:hsds", "--", out, "--lang", "en"]);
    expect(reviewed.status, reviewed.stderr).toBe(0);
    expect(reviewed.stdout).toContain("Dry run: nothing has been written.");
    expect(reviewed.stdout).toMatch(/organization: 0 new, 0 changed, \d+ unchanged/);
  });

  it("refuses --apply and unknown languages with a clear message", { timeout: 60_000 }, () => {
    const apply = run(["import:hsds", "--", dir, "--apply"]);
    expect(apply.status).toBe(1);
    expect(apply.stderr).toContain("--apply is not available yet");
    const german = run(["export:hsds", "--", dir, "--lang", "de"]);
    expect(german.status).toBe(1);
    expect(german.stderr).toContain("--lang must be one of es, en");
  });
});
