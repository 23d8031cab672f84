import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir } from "@/lib/db/pglite-lock";

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function dataDir() {
  dir = await mkdtemp(path.join(os.tmpdir(), "amparo-lock-"));
  return path.join(dir, "nested", "pglite");
}

describe("lockDataDir", () => {
  it("refuses a data directory held by another live process, naming it", async () => {
    const target = await dataDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      await lockDataDir(target)(); // creates the parent folder; release at once
      await writeFile(`${target}.lock`, String(other.pid));
      expect(() => lockDataDir(target)).toThrow(DatabaseInUseError);
      expect(() => lockDataDir(target)).toThrow(new RegExp(`pid ${other.pid}.*Stop it first`));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that died", async () => {
    const target = await dataDir();
    lockDataDir(target)();
    await writeFile(`${target}.lock`, "999999999");
    const release = lockDataDir(target);
    expect(existsSync(`${target}.lock`)).toBe(true);
    release();
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});
