import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment at build and start: a bad DATABASE_URL fails here, readably.
import "./lib/env";
import { geolocationPages, nonPageContentSecurityPolicy, permissionsPolicy, staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder;
  // bundled, every request fails (shared/NOTES-stack.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/schema-engine-wasm"],
  async headers() {
    return [
      { source: "/:path*", headers: [...staticSecurityHeaders] },
      // Pages get a per-request policy with a nonce from proxy.ts.
      // Not /api/reports: it answers a refused report with an HTML page and sets that page's own policy
      // (a config header would replace it). lib/http/html-page.ts.
      { source: "/api/:path((?!reports$).*)", headers: [{ key: "Content-Security-Policy", value: nonPageContentSecurityPolicy }] },
      // The directory offers "near me" distances; a later rule overrides an earlier one for the same key.
      ...geolocationPages.map((source) => ({
        source,
        headers: [{ key: "Permissions-Policy", value: permissionsPolicy({ geolocation: true }) }],
      })),
    ];
  },
};

export default withNextIntl(nextConfig);
