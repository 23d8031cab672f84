// The site on a PostgreSQL server that goes away and comes back. The server is
// reached through a TCP relay this test can cut, like a network failure.
// Needs TEST_DATABASE_URL (CI sets it); the embedded database cannot go away.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startRelay, viaRelay, type Relay } from "../setup/tcp-relay";

const baseUrl = process.env.TEST_DATABASE_URL;
// Its own server and port (not E2E_PORT's): this one reaches the database through the relay.
const port = 3231;
const site = `http://127.0.0.1:${port}`;

test.skip(!baseUrl, "needs TEST_DATABASE_URL (a PostgreSQL server)");
test.describe.configure({ mode: "serial" });

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

let relay: Relay | undefined;
let server: ChildProcess | undefined;
let relayPort = 0;
let target: URL;

const message = "El horario publicado ya no es correcto (prueba de corte).";
/** The requests that the proxy's page check does not cover, each as a browser or a client sends it. */
const apiRequests = {
  hsds: () => fetch(`${site}/api/hsds/organizations`),
  sitemap: () => fetch(`${site}/sitemap.xml`),
  v1: () => fetch(`${site}/api/v1/offices`),
  report: () =>
    fetch(`${site}/api/reports?${new URLSearchParams({ office: "casa-del-migrante-tijuana", locale: "es" })}`, {
      method: "POST",
      body: new URLSearchParams({ message, website: "" }),
      redirect: "manual",
    }),
};

/** The headers every response carries (next.config.ts); API routes and pages also carry a CSP. */
function expectSecurityHeaders(response: Response, { csp = true } = {}) {
  expect(response.headers.get("x-content-type-options"), response.url).toBe("nosniff");
  expect(response.headers.get("x-frame-options"), response.url).toBe("DENY");
  expect(response.headers.get("referrer-policy"), response.url).toBe("no-referrer");
  if (csp) expect(response.headers.get("content-security-policy"), response.url).toContain("frame-ancestors 'none'");
}

async function cutAndCheckHealthy() {
  await expect.poll(async () => (await fetch(`${site}/es/organizaciones`)).status, { timeout: 20_000 }).toBe(200);
  await relay!.close();
  relay = undefined;
}

async function restoreAndRecover() {
  relay = await startRelay(relayPort, target);
  await expect.poll(async () => (await fetch(`${site}/es/organizaciones`)).status, { timeout: 20_000 }).toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const name = `amparo_e2e_outage_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  target = new URL(baseUrl!);
  target.pathname = `/${name}`;
  const setup = spawnSync("npx", ["tsx", "scripts/db-setup.ts"], {
    env: { ...process.env, DATABASE_URL: target.toString() },
    encoding: "utf8",
  });
  expect(setup.status, setup.stderr).toBe(0);

  relayPort = 20_000 + (process.pid % 10_000);
  relay = await startRelay(relayPort, target);
  server = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: viaRelay(target, relayPort).toString(), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  await expect.poll(async () => (await fetch(`${site}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await relay?.close();
  if (target) await admin(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`).catch(() => {});
});

test("the API, the sitemap and the report form answer 503 from the first request of an outage, and recover", async () => {
  test.setTimeout(90_000);
  expect((await apiRequests.hsds()).status).toBe(200);
  await cutAndCheckHealthy();

  // The first requests after the cut: each route's own query is the one that fails.
  const [hsds, sitemap, v1, report, health] = await Promise.all([
    apiRequests.hsds(),
    apiRequests.sitemap(),
    apiRequests.v1(),
    apiRequests.report(),
    fetch(`${site}/api/health`),
  ]);
  for (const response of [hsds, sitemap, v1, report, health]) {
    expect(response.status, response.url).toBe(503);
    expectSecurityHeaders(response, { csp: response !== sitemap });
  }
  for (const response of [hsds, sitemap, v1, report]) expect(response.headers.get("retry-after"), response.url).toBeTruthy();
  expect(await hsds.json()).toMatchObject({ error: "unavailable" });
  expect(await v1.json()).toMatchObject({ error: { message: expect.stringContaining("unavailable") } });
  expect(await health.json()).toMatchObject({ status: "unavailable", database: "postgres" });
  // A person who sent the form gets it back, translated and filled in, to send again later; no URL holds the text.
  const page = await report.text();
  expect(page).toContain('<html lang="es">');
  expect(page).toContain("No podemos guardar avisos en este momento");
  expect(page).toMatch(new RegExp(`<textarea[^>]*>\\n${message.replace(/[.()]/g, "\\$&")}</textarea>`));
  expect(page).not.toContain(encodeURIComponent(message));

  await restoreAndRecover();
  await expect.poll(async () => (await apiRequests.hsds()).status, { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await apiRequests.sitemap()).status, { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await apiRequests.v1()).status, { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await apiRequests.report()).status, { timeout: 20_000 }).toBe(303);
  await expect.poll(async () => (await fetch(`${site}/api/health`)).status, { timeout: 20_000 }).toBe(200);
});

test("pages answer a translated 503 once a query has failed, and recover", async ({ page }) => {
  test.setTimeout(90_000);
  await cutAndCheckHealthy();
  // One failed query is enough: the next page request is a 503 (not 5 s of blank 500s).
  await fetch(`${site}/api/hsds/organizations`);

  const spanish = await page.goto(`${site}/es/organizaciones`);
  expect(spanish?.status()).toBe(503);
  expect(spanish?.headers()["retry-after"]).toBeTruthy();
  expect(spanish?.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Servicio no disponible por el momento" })).toBeVisible();

  const english = await page.goto(`${site}/en/organizations`);
  expect(english?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();

  await restoreAndRecover();
  await page.goto(`${site}/es/organizaciones`);
  await expect(page.getByRole("link", { name: /Asylum Access/ })).toBeVisible();
});

test("a page is a 503 on the very first request of an outage", async () => {
  // The page's own query is the first to fail: Next renders a 500, and the entry point (scripts/serve.ts)
  // turns it into the 503 page because the pool has just flagged the lost connection.
  test.setTimeout(90_000);
  await cutAndCheckHealthy();
  const first = await fetch(`${site}/es/organizaciones/asylum-access-mexico`);
  expect(first.status).toBe(503);
  expectSecurityHeaders(first);
  expect(await first.text()).toContain("Servicio no disponible por el momento");
  await restoreAndRecover();
});
