import { defineConfig, devices } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { findChromium } from "./tests/e2e/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded database for every run, so the tests see exactly the seed data.
const dataDir = ".data/e2e";

// Accounts for the admin tests, with passwords made up for this run only (workers inherit the environment).
process.env.E2E_ADMIN_EMAIL ??= "admin@e2e.amparo.test";
process.env.E2E_EDITOR_EMAIL ??= "editor@e2e.amparo.test";
process.env.E2E_ADMIN_PASSWORD ??= `${randomBytes(12).toString("base64url")} admin ${randomBytes(6).toString("hex")}`;
process.env.E2E_EDITOR_PASSWORD ??= `${randomBytes(12).toString("base64url")} editor ${randomBytes(6).toString("hex")}`;
// An account the throttling test locks, so the others stay usable.
process.env.E2E_SPARE_EMAIL ??= "spare@e2e.amparo.test";
process.env.E2E_SPARE_PASSWORD ??= `${randomBytes(12).toString("base64url")} spare ${randomBytes(6).toString("hex")}`;
const createAccount = (account: "ADMIN" | "EDITOR" | "SPARE", role: "admin" | "editor") =>
  `ADMIN_ROLE=${role} ADMIN_EMAIL=$E2E_${account}_EMAIL ADMIN_PASSWORD="$E2E_${account}_PASSWORD" npx tsx scripts/admin-create.ts`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The admin walk-throughs load eight or more server-rendered pages: on a busy 2-core machine
  // that passed the default 30 s. Each step still waits for a state, never for a time.
  timeout: 90_000,
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
    command: `node -e "require('fs').rmSync('${dataDir}', { recursive: true, force: true })" && npx tsx scripts/db-setup.ts && ${createAccount("ADMIN", "admin")} && ${createAccount("EDITOR", "editor")} && ${createAccount("SPARE", "editor")} && npx tsx scripts/serve.ts -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // A low API rate limit, so that a test can reach it. The tests play the part of one trusted proxy,
    // so that each can name its own client address in X-Forwarded-For (tests/e2e/client-address.spec.ts
    // checks the default, where the header is ignored).
    env: {
      PGLITE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      API_RATE_LIMIT: "20",
      API_RATE_LIMIT_WINDOW_SECONDS: "60",
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
