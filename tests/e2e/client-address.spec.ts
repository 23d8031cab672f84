// Who the client is, as `npm start` serves the site: from the connection
// unless TRUSTED_PROXY_HOPS says proxies stand in front, and paths that do not
// decode get a 400 with our headers instead of Next's bare 500.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.describe("malformed paths", () => {
  for (const path of ["/%", "/es/oficinas/%FF", "/en/offices/%FF", "/_next/%FF"]) {
    test(`${path} answers 400 with a translated page and the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(await response.text()).toContain(path.startsWith("/en/") ? "Invalid address" : "Dirección no válida");
    });
  }

  test("an API path answers the API's JSON error", async ({ request }) => {
    const response = await request.get("/api/v1/offices/%FF");
    expect(response.status()).toBe(400);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.json()).error.message).toMatch(/percent-encoding/);
  });

  test("a person who follows a cut link sees the page in their language and a way home", async ({ page }) => {
    await page.goto("/es/oficinas/%E0%A4");
    await expect(page.getByRole("heading", { name: "Dirección no válida" })).toBeVisible();
    await page.getByRole("link", { name: "Ir al inicio" }).click();
    await expect(page).toHaveURL(/\/es$/);
  });
});

test.describe("with no proxy in front (the default)", () => {
  test.describe.configure({ mode: "serial" });
  const port = Number(process.env.E2E_PORT ?? 3100) + 7;
  const site = `http://127.0.0.1:${port}`;
  const dataDir = ".data/e2e-direct";
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    rmSync(dataDir, { recursive: true, force: true });
    const env = { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: "5", TRUSTED_PROXY_HOPS: "" };
    const setup = spawnSync("npx", ["tsx", "scripts/db-setup.ts"], { env, encoding: "utf8" });
    expect(setup.status, setup.stderr).toBe(0);
    server = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], { env, stdio: "ignore", detached: true });
    await expect.poll(async () => (await fetch(`${site}/api/health`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  test("a client that rotates X-Forwarded-For is still one client to the API's rate limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${site}/api/v1/organizations`, { headers: { "x-forwarded-for": `198.51.100.${i + 1}` } });
      statuses.push(response.status);
    }
    // Health checks above do not count: the API's budget is 5 a minute here.
    expect(statuses.slice(0, 5).every((status) => status === 200 || status === 400)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  test("the client cannot name its own address in the header the entry point sets", async () => {
    const response = await fetch(`${site}/api/v1/organizations`, { headers: { "x-amparo-client-address": "192.0.2.200" } });
    expect(response.status).toBe(429);
  });
});
