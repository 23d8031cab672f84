import { expect, test, type Page } from "@playwright/test";
import { resultsRegion } from "./support/results";

const resultNames = (page: Page) => resultsRegion(page).getByRole("heading", { level: 4 }).allTextContents();

test.describe("the directory", () => {
  test("a person searches their city in Spanish, opens an office and finds a number to call", async ({ page }) => {
    await page.goto("/es");
    // The home page's menus are a search of their own, below the first screen's text search (decision 022).
    const menus = page.getByRole("search", { name: "Busque por lugar y tipo de ayuda" });
    await menus.getByLabel("¿Dónde?").selectOption({ label: "Tapachula" });
    await menus.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/\/es\/directorio\?.*city=tapachula/);
    await expect(page.getByRole("status").filter({ hasText: /resultados?/ })).toBeVisible();
    // The places are in Tapachula; the remote help of national bodies follows in its own group.
    const places = page.getByRole("region", { name: "Lugares en México" });
    await expect(places).toBeVisible();
    for (const card of await places.getByRole("listitem").filter({ has: page.getByRole("article") }).all()) {
      await expect(card).toContainText("Tapachula");
    }
    await page.getByRole("link", { name: /Fray Matías/ }).first().click();
    await expect(page).toHaveURL(/\/es\/oficinas\/cdh-fray-matias-tapachula$/);
    await expect(page.locator('a[href="tel:+529626425098"]')).toBeVisible();
  });

  test("a caseworker combines a kind of help and a population, and the URL gives the same results elsewhere", async ({ page, browser }) => {
    await page.goto("/en/directory");
    await page.getByLabel("Kind of help").selectOption("gbv_support");
    await page.getByLabel("For whom").selectOption("women");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/service=gbv_support/);
    await expect(page).toHaveURL(/population=women/);
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(0);
    const count = await page.getByRole("status").filter({ hasText: /results?/ }).textContent();

    const fresh = await browser.newContext({ locale: "en-US" });
    const other = await fresh.newPage();
    await other.goto(page.url());
    expect(await resultNames(other)).toEqual(names);
    await expect(other.getByRole("status").filter({ hasText: /results?/ })).toHaveText(count!);
    await expect(other.getByLabel("Kind of help")).toHaveValue("gbv_support");
    await fresh.close();

    await page.getByRole("link", { name: /Remove: Women/ }).click();
    await expect(page).not.toHaveURL(/population=/);
    // With JavaScript the pages of the site take each other's place in the history, so that Back after the quick
    // exit shows no search (docs/decisions/021-quick-exit.md): Back does not restore the filter.
    await page.goBack();
    await expect(page).not.toHaveURL(/population=women/);
  });

  test("filtering works the same without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX" });
    const page = await context.newPage();
    await page.goto("/es/directorio");
    await page.getByLabel("Tipo de ayuda").selectOption("shelter");
    await page.getByLabel("¿Qué necesita?").fill("tijuana");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/service=shelter/);
    const names = await resultNames(page);
    expect(names.join(" ")).toContain("Casa del Migrante");
    await context.close();
  });

  test("hostile or unknown parameters give a normal page with a clear message", async ({ page }) => {
    const response = await page.goto(
      `/es/directorio?city=${encodeURIComponent("<script>alert(1)</script>")}&service=${encodeURIComponent("'; DROP TABLE x; --")}&q=${"a".repeat(300)}&page=-1`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/No pudimos usar estos datos de la búsqueda: .*ciudad/)).toBeVisible();
    await expect(page.locator("script:not([src])").filter({ hasText: "alert(1)" })).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: /resultados/ })).toBeVisible();
  });

  test("a well-formed place with no offices is dropped with a message, and the other filters still apply", async ({ page }) => {
    await page.goto("/es/directorio?service=shelter");
    const shelters = await page.getByRole("status").filter({ hasText: /resultados/ }).textContent();
    await page.goto("/es/directorio?city=atlantida&service=shelter");
    await expect(page.getByText("No pudimos usar este dato de la búsqueda: ciudad.")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /resultados/ })).toHaveText(shelters!);
    await expect(page.getByLabel("Tipo de ayuda")).toHaveValue("shelter");
  });

  test("no results: says so kindly, offers to drop filters and shows national contacts", async ({ page }) => {
    await page.goto("/es/directorio?q=zzqqxxww&city=tapachula");
    await expect(page.getByText("No encontramos resultados con estos filtros")).toBeVisible();
    await expect(page.getByRole("link", { name: /Quitar: «zzqqxxww»/ })).toBeVisible();
    const national = page.getByRole("region", { name: "Instituciones que siempre pueden orientarle" });
    await expect(national.getByRole("link", { name: /ACNUR/ })).toBeVisible();
    await expect(national.getByRole("link", { name: /Comisión Mexicana de Ayuda a Refugiados/ })).toBeVisible();
  });

  test("pagination keeps the filters", async ({ page }) => {
    // "a" alone searches nothing (too short), so every listing matches and there are several pages.
    await page.goto("/en/directory?q=a");
    await page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/q=a/);
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  });
});
