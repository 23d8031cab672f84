// Issue 16, "many instances": nothing that must be shared lives in one process. Two `npm start` instances of the
// built site share one PostgreSQL database behind nginx (Debian's nginx-light), and each check crosses from one
// instance to the other: an edit saved on A is on B's pages and API at once (both kept by B before it), the API's
// rate limit counts requests answered by either (kept answers too) against one budget, and a session opened on A is
// valid on B. The instances trust one proxy hop, so the client is the address nginx appends to X-Forwarded-For.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { fillSignIn } from "./support/admin";
import { cacheHeader, untilKept } from "./support/cache";
import {
  createScratchDatabase, getFrom, instanceHeader, nginxPath, removeDirectory, runScript, startInstance, startNginx, stopProcessGroup,
} from "./support/instances";

const serverUrl = process.env.TEST_DATABASE_URL;
const base = Number(process.env.E2E_PORT ?? 3100);
const ports = { a: base + 1, b: base + 2, nginx: base + 3 };
const site = `http://127.0.0.1:${ports.nginx}`;
const apiLimit = 6;
const account = { email: "instances@e2e.amparo.test", password: `many instances ${process.pid} ${Date.now().toString(36)}` };

test.describe("two instances behind nginx on one PostgreSQL database", () => {
  test.skip(!serverUrl, "Needs PostgreSQL: set TEST_DATABASE_URL (CI does). The embedded database allows one process, so one instance.");
  test.describe.configure({ mode: "serial" });

  let database: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  const instances: ChildProcess[] = [];
  let nginx: ReturnType<typeof startNginx> | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    expect(existsSync(nginxPath), `${nginxPath} is missing: apt-get install nginx-light (.ci/run does)`).toBe(true);
    database = await createScratchDatabase(serverUrl!);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: site,
      API_RATE_LIMIT: String(apiLimit),
      API_RATE_LIMIT_WINDOW_SECONDS: "600",
      TRUSTED_PROXY_HOPS: "1",
    };
    // Unset, the secret that signs sessions is generated once and kept in the database: both instances must agree.
    delete env.AUTH_SECRET;
    runScript("scripts/db-setup.ts", env);
    runScript("scripts/admin-create.ts", { ...env, ADMIN_ROLE: "editor", ADMIN_EMAIL: account.email, ADMIN_PASSWORD: account.password });
    instances.push(startInstance(ports.a, env, test.info().outputPath("instance-a.log")), startInstance(ports.b, env, test.info().outputPath("instance-b.log")));
    nginx = startNginx(ports.nginx, ports);
    for (const instance of ["a", "b"] as const) {
      await expect
        .poll(async () => (await fetch(`${site}/api/health`, { headers: { [instanceHeader]: instance } }).catch(() => null))?.status, {
          message: `instance ${instance} behind nginx answers its health check\n${nginx.log()}`,
          timeout: 180_000,
        })
        .toBe(200);
    }
  });

  test.afterAll(async () => {
    if (nginx?.process.pid) nginx.process.kill("SIGTERM");
    for (const instance of instances) stopProcessGroup(instance);
    removeDirectory(nginx?.directory);
    await database?.drop();
  });

  const pinnedContext = (browser: Browser, instance: "a" | "b", storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) =>
    browser.newContext({ baseURL: site, extraHTTPHeaders: { [instanceHeader]: instance }, storageState });

  test("a session opened on A works on B, and an edit saved on A is on B's pages and API at once", async ({ browser }) => {
    const onA = await pinnedContext(browser, "a");
    const pageA = await onA.newPage();
    await fillSignIn(pageA, account.email, account.password);
    await expect(pageA.getByText("Sesión iniciada como")).toBeVisible({ timeout: 20_000 });

    const onB = await pinnedContext(browser, "b", await onA.storageState());
    const pageB = await onB.newPage();
    const adminOnB = await pageB.goto("/es/admin");
    expect(adminOnB?.headers()["x-upstream"]).toBe(`127.0.0.1:${ports.b}`);
    await expect(pageB.getByText("Sesión iniciada como")).toBeVisible();

    // A visitor on B (no cookie: the pages every visitor shares, which B renders once and keeps) sees the office page,
    // a search and the API before the edit; B serves the pages again from what it kept.
    const visitorB = await pinnedContext(browser, "b");
    const pageV = await visitorB.newPage();
    const word = `Colibrí${Date.now().toString(36)}`;
    const newName = `Unidad Aguascalientes ${word}`;
    const officePath = "/es/oficinas/acnur-aguascalientes";
    const searchPath = `/es/directorio?q=${encodeURIComponent(word)}`;
    await pageV.goto(officePath);
    await expect(pageV.getByRole("heading", { level: 1 })).not.toContainText(word);
    await pageV.goto(searchPath);
    // The search repeats the typed word ("Quitar: «…»"); the office's new name is what must be missing.
    await expect(pageV.getByRole("main")).toContainText("Ningún resultado");
    await expect(pageV.getByRole("main")).not.toContainText(newName);
    for (const path of [officePath, searchPath]) {
      const again = await untilKept(() => visitorB.request.get(path), cacheHeader);
      expect(again.headers()["x-upstream"], path).toBe(`127.0.0.1:${ports.b}`);
    }
    const apiBefore = await visitorB.request.get("/api/v1/offices/acnur-aguascalientes");
    expect(apiBefore.status()).toBe(200);
    expect(await apiBefore.text()).not.toContain(word);
    // B keeps its API answers too (decision 025): the edit on A must reach this copy.
    await untilKept(() => visitorB.request.get("/api/v1/offices/acnur-aguascalientes"), cacheHeader);

    await pageA.goto("/es/admin/offices");
    await pageA.getByRole("link", { name: /ACNUR.*Aguascalientes/ }).click();
    await pageA.getByLabel("Nombre (español)").fill(newName);
    const save = pageA.waitForResponse((response) => response.request().method() === "POST");
    await pageA.getByRole("button", { name: "Guardar cambios" }).click();
    expect((await save).headers()["x-upstream"]).toBe(`127.0.0.1:${ports.a}`);
    await expect(pageA.getByText("Cambios guardados.")).toBeVisible();

    const officeOnB = await pageV.goto(officePath);
    expect(officeOnB?.headers()["x-upstream"]).toBe(`127.0.0.1:${ports.b}`);
    expect(cacheHeader(officeOnB)).toBe("miss");
    await expect(pageV.getByRole("heading", { level: 1 })).toContainText(newName);
    await pageV.goto(searchPath);
    await expect(pageV.getByRole("main").getByRole("link", { name: newName })).toBeVisible();
    const apiAfter = await visitorB.request.get("/api/v1/offices/acnur-aguascalientes");
    expect(apiAfter.headers()["x-upstream"]).toBe(`127.0.0.1:${ports.b}`);
    expect(cacheHeader(apiAfter)).toBe("miss");
    expect(await apiAfter.text()).toContain(newName);

    await Promise.all([onA.close(), onB.close(), visitorB.close()]);
  });

  test("the API's rate limit is one budget per client, whichever instance answers", async () => {
    // nginx alternates between the instances; the client's address is what nginx appended, not what it wrote.
    const answers = [];
    for (let index = 0; index < apiLimit + 4; index += 1) {
      answers.push(await getFrom("127.0.0.2", `${site}/api/v1/organizations`, { "x-forwarded-for": `198.51.100.${index + 1}` }));
    }
    expect(new Set(answers.map((answer) => answer.upstream))).toEqual(new Set([`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`]));
    expect(answers.map((answer) => answer.status)).toEqual([...Array<number>(apiLimit).fill(200), 429, 429, 429, 429]);
    // Answers each instance kept count too.
    expect(answers.some((answer) => answer.status === 200 && answer.cache === "hit")).toBe(true);
    // Another client behind the same nginx has its own budget: the instances do not count nginx's own address.
    const other = await getFrom("127.0.0.3", `${site}/api/v1/organizations`);
    expect(other.status).toBe(200);
  });
});
