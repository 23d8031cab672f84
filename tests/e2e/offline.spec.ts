// Reading the site without a connection: the service worker (public/sw.js)
// keeps the pages a person opened plus the core pages of their language, marks
// a saved copy as such with its date, and never keeps the admin area or the API.
import http from "node:http";
import { locales } from "../../lib/i18n/locales";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editor, signIn } from "./support/admin";

/** Every address the site's service worker has saved, read from the page like any script could. */
function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        paths.push(url.pathname + url.search);
      }
    }
    return paths;
  });
}

async function waitForWorker(page: Page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
}

/**
 * A relay in front of the test server, so that a page can be made slow or failing
 * while the rest of the site answers. Its origin is the one the worker serves.
 */
async function startRelay(target: string) {
  const state = { path: "", delayMs: 0, status: 0 };
  const server = http.createServer((request, response) => {
    const affected = request.url === state.path;
    if (affected && state.status) return void response.writeHead(state.status, { "content-type": "text/plain" }).end("Server error");
    setTimeout(
      () => {
        const upstream = http.request(new URL(request.url!, target), { method: request.method, headers: request.headers }, (answer) => {
          response.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(response);
        });
        upstream.on("error", () => response.destroy());
        request.pipe(upstream);
      },
      affected ? state.delayMs : 0,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { origin, state, close };
}

async function expectNoSeriousAccessibilityViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);
}

async function expectSavedCopy(page: Page, since: number) {
  const notice = page.locator("[data-offline-copy]");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("está viendo una copia de esta página guardada el");
  const time = notice.locator("time");
  await expect(time).not.toHaveText("…");
  const savedAt = Date.parse((await time.getAttribute("datetime")) ?? "");
  expect(savedAt).toBeGreaterThanOrEqual(since - 1000);
  expect(savedAt).toBeLessThanOrEqual(Date.now());
  await expect(time).toContainText(String(new Date(savedAt).getFullYear()));
}

test.describe("offline reading", () => {
  test.setTimeout(120_000);

  test("opened pages, the directory and the legal notes open without a connection, marked as dated copies", async ({ page, context, request }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const started = Date.now();
    await page.goto("/es");
    await expect(page.locator("[data-offline-copy]")).toBeHidden();
    await waitForWorker(page);

    const core: { pages: string[] } = await (await request.get("/es/offline.json")).json();
    expect(core.pages).toEqual(expect.arrayContaining(["/es", "/es/directorio", "/es/informacion-legal", "/es/informacion-legal/non-refoulement"]));
    await expect
      .poll(async () => {
        const saved = await savedPaths(page);
        return core.pages.filter((path) => !saved.includes(path));
      }, { timeout: 60_000 })
      .toEqual([]);

    // Pages this person opens: a full load, a search, and one reached by a client-side link.
    await page.goto("/es/organizaciones/asylum-access-mexico");
    const officeLink = page.locator('main a[href^="/es/oficinas/"]').first();
    const officePath = (await officeLink.getAttribute("href"))!;
    await page.goto("/es/directorio?q=abogado");
    await page.goto("/es/organizaciones/asylum-access-mexico");
    await officeLink.click();
    await expect(page).toHaveURL(officePath);
    const officeTitle = await page.title();
    // The admin area is never kept, whatever it answers.
    await page.goto("/es/admin");
    await page.goto("/es");
    await expect.poll(async () => (await savedPaths(page)).filter((path) => path === officePath || path === "/es/directorio?q=abogado").length, { timeout: 20_000 }).toBe(2);
    expect((await savedPaths(page)).filter((path) => /\/admin|^\/api\//.test(path))).toEqual([]);

    await context.setOffline(true);
    await page.goto("/es/organizaciones/asylum-access-mexico");
    await expect(page.getByRole("heading", { level: 1, name: /Asylum Access/ })).toBeVisible();
    await expectSavedCopy(page, started);
    await expectNoSeriousAccessibilityViolation(page);
    await page.goto(officePath);
    await expect(page).toHaveTitle(officeTitle);
    await expectSavedCopy(page, started);
    await page.goto("/es/directorio?q=abogado");
    await expect(page.getByRole("heading", { level: 1, name: "Buscar ayuda" })).toBeVisible();
    await expectSavedCopy(page, started);
    await page.goto("/es/informacion-legal/non-refoulement");
    await expect(page.locator("[data-offline-copy]")).toBeVisible();
    await page.reload();
    await expect(page.locator("[data-offline-copy]")).toBeVisible();

    // Never opened: the translated offline page, in the address's language.
    await page.goto("/es/organizaciones/comar");
    await expect(page.getByRole("heading", { level: 1, name: "Sin conexión" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Buscar ayuda" })).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);
    await page.goto("/en/legal-information");
    await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
    // The admin area is not answered from the device at all: the browser's own network error.
    await expect(page.goto("/es/admin")).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);

    await context.setOffline(false);
    await page.goto("/es/organizaciones/asylum-access-mexico");
    await expect(page.locator("[data-offline-copy]")).toBeHidden();
    expect(violations).toEqual([]);
  });

  test("on a slow connection the saved copy shows after a few seconds; a server error is not hidden", async ({ page, baseURL }) => {
    const relay = await startRelay(baseURL!);
    try {
      const path = "/es/organizaciones/acnur";
      await page.goto(relay.origin + path);
      await waitForWorker(page);
      await expect.poll(async () => (await savedPaths(page)).includes(path), { timeout: 20_000 }).toBe(true);
      const savedAt = () => page.evaluate((key) => caches.match(key).then((copy) => copy?.headers.get("x-amparo-saved-at")), relay.origin + path);
      const firstSave = await savedAt();

      Object.assign(relay.state, { path, delayMs: 12_000 });
      const asked = Date.now();
      await page.goto(relay.origin + path);
      await expect(page.locator("[data-offline-copy]")).toBeVisible();
      expect(Date.now() - asked).toBeLessThan(10_000);
      // The slow answer still arrives, and replaces the saved copy for next time.
      await expect.poll(savedAt, { timeout: 20_000 }).not.toBe(firstSave);

      // A server error on another saved page (not the one whose slow answer just landed) is passed through, not hidden.
      const other = "/es/organizaciones";
      Object.assign(relay.state, { path: "", delayMs: 0, status: 0 });
      await page.goto(relay.origin + other);
      await expect.poll(async () => (await savedPaths(page)).includes(other), { timeout: 20_000 }).toBe(true);
      Object.assign(relay.state, { path: other, status: 503 });
      const failed = await page.goto(relay.origin + other);
      expect(failed?.status()).toBe(503);
      await expect(page.locator("body")).toHaveText("Server error");
    } finally {
      await relay.close();
    }
  });

  test("a signed-in editor's admin pages are never saved, nor anything of the session", async ({ page, context }) => {
    await page.goto("/es");
    await waitForWorker(page);
    await signIn(page, editor);
    await page.goto("/es/admin/offices");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/es/organizaciones/acnur");
    await expect.poll(async () => (await savedPaths(page)).includes("/es/organizaciones/acnur"), { timeout: 20_000 }).toBe(true);
    expect((await savedPaths(page)).filter((path) => path.includes("/admin") || path.startsWith("/api/"))).toEqual([]);
    const everythingSaved = await page.evaluate(async () => {
      const texts: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (!request.url.includes("/_next/")) texts.push(await (await cache.match(request))!.text());
      }
      return texts.join("\n");
    });
    expect(everythingSaved).not.toContain(editor.email);
    expect(everythingSaved).not.toContain("Sesión iniciada como");

    await context.setOffline(true);
    await expect(page.goto("/es/admin/offices")).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
  });

  test("each language has a web app manifest whose icons exist", async ({ page, request }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}`);
      const href = (await page.locator('link[rel="manifest"]').getAttribute("href"))!;
      const response = await request.get(href);
      expect(response.ok()).toBe(true);
      const manifest = await response.json();
      expect(manifest).toMatchObject({ start_url: `/${locale}`, lang: locale, short_name: "Amparo", display: "standalone" });
      expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute("content"));
      const purposes = new Set<string>();
      for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
        const file = await request.get(icon.src);
        expect(file.status(), icon.src).toBe(200);
        expect(file.headers()["content-type"]).toContain(icon.type);
        if (icon.type === "image/png") {
          const png = await file.body();
          // The IHDR chunk: width and height as 32-bit big-endian numbers.
          expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
          purposes.add(`${icon.purpose} ${icon.sizes}`);
        }
      }
      expect([...purposes]).toEqual(expect.arrayContaining(["any 192x192", "any 512x512", "maskable 512x512"]));
      // Chromium's own verdict: the manifest parses cleanly and the site can be installed.
      const cdp = await page.context().newCDPSession(page);
      const parsed = await cdp.send("Page.getAppManifest");
      expect(parsed.errors).toEqual([]);
      expect(parsed.url).toMatch(new RegExp(`/${locale}/manifest\\.webmanifest$`));
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      // Playwright's contexts are incognito, where nothing installs; any other reason is ours.
      expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
      await cdp.detach();
    }
  });

  test("quick exit deletes everything the site saved on the device", async ({ page }) => {
    await page.goto("/es/organizaciones/acnur");
    await waitForWorker(page);
    await expect.poll(async () => (await savedPaths(page)).includes("/es/organizaciones/acnur"), { timeout: 20_000 }).toBe(true);
    await page.route("https://www.wikipedia.org/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>neutral</title>" }));
    await page.getByRole("link", { name: "Salida rápida" }).click();
    await expect(page).toHaveURL("https://www.wikipedia.org/");
    // A file of the site that registers nothing, to look at what the device still holds.
    await page.goto("/robots.txt");
    await expect.poll(() => savedPaths(page), { timeout: 10_000 }).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });
});
