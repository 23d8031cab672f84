import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment at build and start: a bad DATABASE_URL fails here, readably.
import "./lib/env";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder;
  // bundled, every request fails (shared/NOTES-stack.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
