// Which database the process uses, decided by the environment alone (no driver
// is loaded here, so the proxy can import it cheaply).
import { env, pgliteDataDir, type Env } from "@/lib/env";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(current: Env = env): DatabaseTarget {
  return current.DATABASE_URL
    ? { kind: "postgres", url: current.DATABASE_URL }
    : { kind: "pglite", dataDir: pgliteDataDir(current) };
}
