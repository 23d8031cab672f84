// The site on a PostgreSQL server that goes away and comes back. The server is
// reached through a TCP relay this test can cut, like a network failure.
// Needs TEST_DATABASE_URL (CI sets it); the embedded database cannot go away.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import pg from "pg";

const baseUrl = process.env.TEST_DATABASE_URL;
const port = 3101;
const site = `http://127.0.0.1:${port}`;

test.skip(!baseUrl, "needs TEST_DATABASE_URL (a PostgreSQL server)");
test.describe.configure({ mode: "serial" });

function startRelay(listenPort: number, target: URL): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  return new Promise((resolve) =>
    server.listen(listenPort, "127.0.0.1", () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

let relay: { close: () => Promise<void> } | undefined;
let server: ChildProcess | undefined;
let relayPort = 0;
let target: URL;

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
  const viaRelay = new URL(target);
  viaRelay.host = `127.0.0.1:${relayPort}`;
  server = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: viaRelay.toString(), NEXT_TELEMETRY_DISABLED: "1" },
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

test("answers 503 with a translated page while the database is unreachable, and recovers", async ({ page }) => {
  test.setTimeout(90_000);
  const healthy = await page.goto(`${site}/es/organizaciones`);
  expect(healthy?.status()).toBe(200);
  const health = await (await fetch(`${site}/api/health`)).json();
  expect(health).toMatchObject({ status: "ok", database: "postgres" });

  await relay!.close();
  await expect.poll(async () => (await fetch(`${site}/es/organizaciones`)).status, { timeout: 20_000 }).toBe(503);

  const spanish = await page.goto(`${site}/es/organizaciones`);
  expect(spanish?.status()).toBe(503);
  expect(spanish?.headers()["retry-after"]).toBeTruthy();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Servicio no disponible por el momento" })).toBeVisible();

  const english = await page.goto(`${site}/en/organizations`);
  expect(english?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();

  const down = await fetch(`${site}/api/health`);
  expect(down.status).toBe(503);
  expect(await down.json()).toMatchObject({ status: "unavailable" });

  relay = await startRelay(relayPort, target);
  await expect.poll(async () => (await fetch(`${site}/es/organizaciones`)).status, { timeout: 20_000 }).toBe(200);
  await page.goto(`${site}/es/organizaciones`);
  await expect(page.getByRole("link", { name: /Asylum Access/ })).toBeVisible();
});
