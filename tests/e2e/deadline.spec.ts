// "When is my deadline?": the date of entry in, COMAR's last day out (or what
// can still be done), on a phone, with and without JavaScript; nothing kept.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

/** Today in Mexico City, as the page counts it (lib/deadline/plain-date.ts). */
const todayInMexico = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "America/Mexico_City", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

const phones = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname + new URL(request.url).search);
    }
    return paths;
  });
}

for (const viewport of phones) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("a date of entry today gives the last day, and a calendar file for it", async ({ page }) => {
      const today = todayInMexico();
      await page.goto("/es/calcular-plazo");
      await page.getByLabel("Día en que entró a México").fill(today);
      await page.getByRole("button", { name: "Calcular mi plazo" }).click();
      await expect(page).toHaveURL(new RegExp(`/es/calcular-plazo\\?entrada=${today}$`));
      const result = page.getByRole("region", { name: "Su resultado" });
      // The count itself is checked day by day in tests/unit/deadline.test.ts; here, that it is shown.
      const deadline = await result.locator("[data-deadline]").getAttribute("data-deadline");
      const weeks = (Date.parse(deadline!) - Date.parse(today)) / (7 * 86_400_000);
      expect(weeks).toBeGreaterThanOrEqual(6);
      expect(weeks).toBeLessThan(9);
      await expect(result).toContainText("Le quedan 30 días hábiles");

      const download = page.waitForEvent("download");
      await result.getByRole("link", { name: "Añadir esta fecha a mi calendario (.ics)" }).click();
      const file = await readFile((await (await download).path())!, "utf8");
      expect(file).toContain(`DTSTART;VALUE=DATE:${deadline!.replace(/-/g, "")}\r\n`);
      expect(file.replace(/\r\n /g, "")).toContain("SUMMARY:Último día para pedir refugio ante la COMAR");

      // Nothing of the page fits outside the phone's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test("past the deadline, it says when it ended and what can still be done", async ({ page }) => {
      await page.goto("/es/calcular-plazo");
      await page.getByLabel("Día en que entró a México").fill("2025-01-31");
      await page.getByRole("button", { name: "Calcular mi plazo" }).click();
      const result = page.getByRole("region", { name: /Su plazo de 30 días hábiles terminó el martes, 18 de marzo de 2025/ });
      await expect(result).toBeVisible();
      await expect(result.getByRole("heading", { name: "Todavía puede pedir refugio" })).toBeVisible();
      await expect(result).toContainText("no le fue materialmente posible");
      await expect(result).toContainText("lunes, 3 de febrero de 2025: día de la Constitución");
      await expect(result).toContainText("no encontramos un acuerdo de la COMAR");
      await result.getByRole("link", { name: "Buscar ayuda legal gratuita" }).click();
      await expect(page).toHaveURL(/\/es\/directorio\?service=legal_representation/);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });

  test("the form works and a date typed by hand as dd/mm/yyyy is read", async ({ page }) => {
    await page.goto("/en/deadline-calculator");
    await page.getByLabel("Day you entered Mexico").fill("2026-04-30");
    await page.getByRole("button", { name: "Work out my deadline" }).click();
    await expect(page.getByRole("region", { name: /Your 30-working-day deadline ended on Friday, June 12, 2026/ })).toBeVisible();
    // What a browser without a date picker sends.
    await page.goto("/en/deadline-calculator?entrada=30%2F04%2F2026");
    await expect(page.getByRole("region", { name: /ended on Friday, June 12, 2026/ })).toBeVisible();
  });

  test("a date that cannot be read, or has not come, is refused kindly", async ({ page }) => {
    await page.goto("/es/calcular-plazo?entrada=31%2F02%2F2026");
    const input = page.getByLabel("Día en que entró a México");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("La fecha «31/02/2026» no existe en el calendario.")).toBeVisible();
    await page.goto("/es/calcular-plazo?entrada=2099-01-01");
    await expect(page.getByText("La fecha que escribió todavía no llega.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Su resultado" })).toHaveCount(0);
  });
});

test("the page with a date is never kept on the device, and says nothing is stored", async ({ page }) => {
  await page.goto("/es/calcular-plazo?entrada=2025-01-31");
  await expect(page.getByText("Nada se guarda ni se registra")).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
  // Once more under the worker's control, then another page, which the worker does keep.
  await page.reload();
  await page.goto("/es/informacion-legal/comar-application-deadline");
  await expect.poll(async () => (await savedPaths(page)).includes("/es/informacion-legal/comar-application-deadline"), { timeout: 20_000 }).toBe(true);
  expect((await savedPaths(page)).filter((path) => path.includes("entrada="))).toEqual([]);
});

test("the COMAR deadline note and the home page lead to the calculator", async ({ page }) => {
  await page.goto("/es/informacion-legal/comar-application-deadline");
  await page.getByRole("link", { name: "Calcule el último día de su plazo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "¿Hasta cuándo puede pedir refugio?" })).toBeVisible();
  await page.goto("/es");
  await page.getByRole("link", { name: "Calcule su plazo con su fecha de entrada" }).click();
  await expect(page).toHaveURL(/\/es\/calcular-plazo$/);
});
