// The environment, validated once. Imported by next.config.ts (so a bad value
// fails the build with a readable message), by the database layer and scripts.
import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\//, "must start with postgresql:// (leave it unset to use the embedded database)");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server. Unset: the embedded database (PGlite) in PGLITE_DATA_DIR. */
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  /** Where the embedded database keeps its files (created on first start). */
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  /** The public address of the site, for canonical links and the sitemap. */
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /** Signs session cookies. Unset: generated once and kept in the database. At least 32 characters. */
  AUTH_SECRET: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(32, "must be at least 32 characters").optional()),
  /** Public API: requests one client address may make per window (then 429). */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Public API: the length of the rate-limit window, in seconds. */
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /**
   * How many proxies we run in front of the site (nginx, a load balancer), each appending to
   * X-Forwarded-For. 0: the client is the connection's own address and the header is ignored.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Public pages rendered once per URL and kept until a write makes them stale (decision 025). `off` for measuring. */
  PAGE_CACHE: z.preprocess((value) => (value === "" ? undefined : value), z.enum(["on", "off"]).default("on")),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  return result.data;
}

export const env = parseEnv();

export function pgliteDataDir(current: Env = env): string {
  return path.resolve(current.PGLITE_DATA_DIR);
}
