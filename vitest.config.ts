import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next's guard against importing server code in the browser; tests are server-side by nature.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts"),
};

// Integration tests run on the embedded database, and also on a PostgreSQL
// server when TEST_DATABASE_URL points at one (CI does).
const databases = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // next-intl inlined as below: its middleware imports `next/server` the way only a bundler resolves.
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], server: { deps: { inline: ["next-intl"] } } } },
      ...databases.map((database) => ({
        resolve: { alias },
        test: {
          name: `integration:${database}`,
          include: ["tests/integration/**/*.test.ts"],
          env: { AMPARO_TEST_DATABASE: database },
          // One database per file (two in some), created, migrated and seeded in beforeAll: give it time, also on a
          // busy machine (a 60 s limit was hit once with the load at 10 on 2 cores).
          hookTimeout: 180_000,
          testTimeout: 30_000,
          fileParallelism: false,
          // Bundled by Vite, next-intl's `next/navigation` import resolves as it does under Next.
          server: { deps: { inline: ["next-intl"] } },
        },
      })),
    ],
  },
});
