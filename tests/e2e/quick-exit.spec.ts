// The quick exit that holds (issue 14): always in view, a large target, Esc
// three times, and after it Back shows no page of ours with the person's
// search; the offline worker stays gone. With and without JavaScript.
import { expect, test, type Page } from "@playwright/test";

const phones = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];
const neutral = "https://www.wikipedia.org/";
// A page the person was on before coming to the site.
const before = "https://news.example/today";

/** Neither site is reachable from here: answer them locally, as the network would. */
async function stubOtherSites(page: Page) {
  await page.route(`${neutral}**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Wikipedia</title>" }));
  await page.route(`${before}**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>News</title>" }));
}

for (const viewport of phones) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the exit stays in view at the bottom of a long page, as a large target next to “browse safely”", async ({ page }) => {
      await page.goto("/es/directorio");
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      const exit = page.getByRole("link", { name: "Salida rápida" });
      await expect(exit).toBeInViewport();
      const box = (await exit.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      await expect(page.getByRole("link", { name: "Navegar con seguridad" })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test("after a search and the exit, Back does not bring the search back", async ({ page }) => {
      await stubOtherSites(page);
      await page.goto(before);
      await page.goto("/es");
      // History is replaced once the page's script has run, at the end of the page: goto waits for the page's
      // load, which comes after it. Without that the click could beat the script on a busy machine and test the
      // plain-link fallback instead.
      await expect(page.getByText("Atajo: Esc tres veces")).toBeVisible();
      await page.getByRole("searchbox").first().fill("abogado");
      await page.getByRole("button", { name: "Buscar" }).first().click();
      await expect(page).toHaveURL(/\/es\/directorio\?.*q=abogado/);
      // The same for the results page: its load comes after its script has put the exit's listeners in place.
      await page.waitForLoadState("load");
      await page.getByRole("link", { name: "Salida rápida" }).click();
      await expect(page).toHaveURL(neutral);
      await page.goBack();
      // The search and the home page took each other's place in the history, and the exit took theirs.
      await expect(page).toHaveURL(before);
    });

    test("Esc three times leaves; the shortcut is shown on the first page only", async ({ page }) => {
      await stubOtherSites(page);
      await page.goto("/es");
      await expect(page.getByText("Atajo: Esc tres veces")).toBeVisible();
      await page.goto("/es/directorio?q=abogado");
      await expect(page.getByRole("link", { name: "Salida rápida" })).toBeVisible();
      await expect(page.getByText("Atajo: Esc tres veces")).toBeHidden();
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await expect(page).toHaveURL(/\/es\/directorio/);
      await page.keyboard.press("Escape");
      await expect(page).toHaveURL(neutral);
    });
  });
}

test("after the exit, the offline worker is not registered again in that tab", async ({ page }) => {
  await stubOtherSites(page);
  await page.goto("/es/organizaciones/acnur");
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
  await page.getByRole("link", { name: "Salida rápida" }).click();
  await expect(page).toHaveURL(neutral);
  // Coming back in the same tab: the page loads, and the worker stays unregistered.
  await page.goto("/es/organizaciones/acnur", { waitUntil: "load" });
  const registrations = await page.evaluate(async () => {
    // Past the page's own load handler, which is where registering happens.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return (await navigator.serviceWorker.getRegistrations()).length;
  });
  expect(registrations).toBe(0);
});

test.describe("without JavaScript", () => {
  for (const viewport of phones) {
    test(`the exit is still a link that leaves, at ${viewport.width}×${viewport.height}`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX", viewport });
      const page = await context.newPage();
      await stubOtherSites(page);
      await page.goto("/es/directorio?q=abogado");
      await page.keyboard.press("End");
      await expect(page.getByRole("contentinfo")).toBeInViewport();
      const exit = page.getByRole("link", { name: "Salida rápida" });
      await expect(exit).toBeInViewport();
      await exit.click();
      await expect(page).toHaveURL(neutral);
      await context.close();
    });
  }
});
