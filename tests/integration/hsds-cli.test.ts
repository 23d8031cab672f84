// `npm run export:hsds` and `npm run import:hsds [--apply]` as a person runs them, on a new embedded database.
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { editPackageTable } from "@/tests/setup/hsds-package";
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
    expect(exported.stdout).toMatch(/Exported \d+ organizations, \d+ services and \d+ locations \(en\), with [1-9]\d* citations of [1-9]\d* sources/);
    expect(await readdir(path.join(out, "csv"))).toContain("datapackage.json");
    const taxonomies = JSON.parse(await readFile(path.join(out, "taxonomies.json"), "utf8")) as { name: string }[];
    expect(taxonomies.map((taxonomy) => taxonomy.name)).toContain("Kinds of help (Amparo)");

    const reviewed = run(["import:hsds", "--", out, "--lang", "en"]);
    expect(reviewed.status, reviewed.stderr).toBe(0);
    expect(reviewed.stdout).toContain("Dry run: nothing has been written.");
    expect(reviewed.stdout).toMatch(/organization: 0 new, 0 changed, \d+ unchanged/);
    expect(reviewed.stdout).toMatch(/amparo_source: 0 new, 0 changed, [1-9]\d* unchanged/);
    expect(reviewed.stdout).toMatch(/amparo_citation: 0 record\(s\) get the package's citations, [1-9]\d* unchanged/);
  });

  it("applies a package only when every record is valid, and says what it wrote", { timeout: 180_000 }, async () => {
    const out = path.join(dir, "export");
    const organizations = parse(await readFile(path.join(out, "csv", "organizations.csv"), "utf8"), { columns: true }) as { id: string }[];
    const target = organizations[0]!.id;
    const describe = (rows: Record<string, string>[]) => rows.map((row) => (row.id === target ? { ...row, description: "A description from another source." } : row));
    await editPackageTable(out, "organizations.csv", describe);
    // One broken phone id and one organisation without a name: the whole package is refused.
    const broken = path.join(dir, "broken");
    await cp(out, broken, { recursive: true });
    await editPackageTable(broken, "phones.csv", (rows) => rows.map((row, index) => (index === 0 ? { ...row, id: "not-a-uuid" } : row)));
    await editPackageTable(broken, "organizations.csv", (rows) => rows.map((row, index) => (index === 1 ? { ...row, name: "" } : row)));

    const refused = run(["import:hsds", "--", broken, "--lang", "en", "--apply"]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("Rejected: the package has 2 problem(s); nothing was imported.");
    expect(refused.stdout).toMatch(/phone row 1 id: .*not a UUID/);
    expect(refused.stdout).toContain("organization row 2 name: required value missing");

    // A phone's citation whose quoted words do not give the number refuses the package too, with the new description in it.
    const badCitation = path.join(dir, "bad-citation");
    await cp(out, badCitation, { recursive: true });
    let phoneCitation = 0;
    await editPackageTable(badCitation, "amparo_citations.csv", (rows) => {
      phoneCitation = rows.findIndex((row) => row.fact === "phone") + 1;
      return rows.map((row, index) => (index === phoneCitation - 1 ? { ...row, excerpt: "Call our helpline." } : row));
    });
    expect(phoneCitation).toBeGreaterThan(0);
    const uncited = run(["import:hsds", "--", badCitation, "--lang", "en", "--apply"]);
    expect(uncited.status).toBe(1);
    expect(uncited.stdout).toContain("Rejected: the package has 1 problem(s); nothing was imported.");
    expect(uncited.stdout).toMatch(new RegExp(`amparo_citation row ${phoneCitation} excerpt: does not state \\S+`));

    const dryRun = run(["import:hsds", "--", out, "--lang", "en"]);
    expect(dryRun.status, dryRun.stderr).toBe(0);
    expect(dryRun.stdout).toMatch(/organization: 0 new, 1 changed, \d+ unchanged/);
    expect(dryRun.stdout).toContain(`~ ${target}`);

    const applied = run(["import:hsds", "--", out, "--lang", "en", "--apply"]);
    expect(applied.status, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Applied in one transaction: 1 row(s) written, 1 audit entry.");
    const again = run(["import:hsds", "--", out, "--lang", "en", "--apply"]);
    expect(again.stdout).toContain("Applied in one transaction: 0 row(s) written, 0 audit entries.");
    expect(again.stdout).toMatch(/organization: 0 new, 0 changed, \d+ unchanged/);
  });

  it("refuses unknown languages with a clear message", { timeout: 60_000 }, () => {
    const german = run(["export:hsds", "--", dir, "--lang", "de"]);
    expect(german.status).toBe(1);
    expect(german.stderr).toContain("--lang must be one of es, en");
  });
});
