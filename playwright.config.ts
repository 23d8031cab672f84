import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./tests/e2e/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded database for every run, so the tests see exactly the seed data.
const dataDir = ".data/e2e";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "es-MX",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      // Without these Chromium tries to reach Google's servers, which this network refuses.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "mobile-chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 } } }],
  webServer: {
    command: `node -e "require('fs').rmSync('${dataDir}', { recursive: true, force: true })" && npx tsx scripts/db-setup.ts && npx next start -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // A low API rate limit, so that a test can reach it (API tests each use their own client address).
    env: { PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: "20", API_RATE_LIMIT_WINDOW_SECONDS: "60" },
  },
});
