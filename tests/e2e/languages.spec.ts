// French, Haitian Creole and Portuguese: each served in full in its own words,
// with the Spanish text (marked, lang="es") where a listing has no translation yet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { editor, freshAddress, signIn } from "./support/admin";

type Locale = "es" | "en" | "fr" | "ht" | "pt";
type Catalogue = Parameters<typeof createTranslator>[0]["messages"];
const catalogue = (locale: Locale) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}.json`), "utf8")) as Catalogue;
const translator = (locale: Locale, namespace: string) =>
  createTranslator({ locale, messages: catalogue(locale), namespace: namespace as never }) as unknown as (key: string, values?: Record<string, string>) => string;

// What lib/i18n/routing.ts gives each language; written out here so a changed address fails the test.
const languages = [
  { locale: "fr", directory: "/fr/repertoire", office: "/fr/bureaux/cdh-fray-matias-tapachula", note: "/fr/informations-juridiques/children-seeking-protection" },
  { locale: "ht", directory: "/ht/anye", office: "/ht/biwo/cdh-fray-matias-tapachula", note: "/ht/enfomasyon-legal/children-seeking-protection" },
  { locale: "pt", directory: "/pt/diretorio", office: "/pt/escritorios/cdh-fray-matias-tapachula", note: "/pt/informacao-juridica/children-seeking-protection" },
] as const;

/** The mark next to a text shown in Spanish, as the server words it for this reader. */
function spanishMark(locale: Locale) {
  const language = new Intl.DisplayNames([locale, "es"], { type: "language" }).of("es")!;
  return translator(locale, "Localized")("fallback", { language, code: "es" });
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

for (const { locale, directory, office, note } of languages) {
  test.describe(`/${locale}`, () => {
    test("the home page and a search speak the language", async ({ page }) => {
      const t = translator(locale, "Directory");
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator(locale, "Home")("title"));

      await page.goto(directory);
      await page.getByLabel(t("searchLabel")).fill("Tapachula");
      await page.getByRole("button", { name: t("submit"), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${directory}\\?.*q=Tapachula`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.getByRole("link", { name: /Fray Matías/ }).first().click();
      await expect(page).toHaveURL(new RegExp(`${office}$`));
    });

    test("an office page marks the texts still in Spanish", async ({ page }) => {
      await page.goto(office);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Fray Matías");
      const mark = page.getByText(spanishMark(locale), { exact: true }).first();
      await expect(mark).toBeVisible();
      // The text the mark stands next to is Spanish, and says so to screen readers.
      await expect(mark.locator("xpath=preceding-sibling::span[1]")).toHaveAttribute("lang", "es");
    });

    test("a legal note not yet translated is shown in Spanish, said so, and links the reader's own pages", async ({ page }) => {
      await page.goto(note);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const language = new Intl.DisplayNames([locale, "es"], { type: "language" }).of("es")!;
      await expect(page.getByText(translator(locale, "Localized")("fallbackNotice", { language, code: "es" }))).toBeVisible();
      const body = page.locator('article div[lang="es"]');
      await expect(body).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 }).locator('[lang="es"]')).toBeVisible();
      const links = await body.getByRole("link").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(new RegExp(`^${directory}\\?`));
      await expect(page.getByRole("heading", { name: translator(locale, "LegalNote")("whoCanHelp") })).toBeVisible();
    });
  });
}

test.describe("the language switch", () => {
  test("lists every language by its own name, and works without JavaScript on a 360 px phone", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX", viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/es/oficinas/cdh-fray-matias-tapachula");
    const languagesNav = page.getByRole("navigation", { name: "Idioma" });
    const expected = [
      ["es", "Español", "/es/oficinas/cdh-fray-matias-tapachula"],
      ["en", "English", "/en/offices/cdh-fray-matias-tapachula"],
      ["fr", "Français", "/fr/bureaux/cdh-fray-matias-tapachula"],
      ["ht", "Kreyòl ayisyen", "/ht/biwo/cdh-fray-matias-tapachula"],
      ["pt", "Português", "/pt/escritorios/cdh-fray-matias-tapachula"],
    ];
    for (const [code, name, href] of expected) {
      const link = languagesNav.getByRole("link", { name: name!, exact: true });
      await expect(link).toHaveAttribute("lang", code!);
      await expect(link).toHaveAttribute("hreflang", code!);
      await expect(link).toHaveAttribute("href", href!);
    }
    await expect(languagesNav.getByRole("link")).toHaveCount(expected.length);
    await expect(languagesNav.getByRole("link", { name: "Español" })).toHaveAttribute("aria-current", "page");
    await expectNoSidewaysScroll(page);

    await languagesNav.getByRole("link", { name: "Kreyòl ayisyen" }).click();
    await expect(page).toHaveURL(/\/ht\/biwo\/cdh-fray-matias-tapachula$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ht");
    await expect(page.getByRole("navigation", { name: translator("ht", "LocaleSwitcher")("label") }).getByRole("link", { name: "Kreyòl ayisyen" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoSidewaysScroll(page);
    await context.close();
  });
});

test.describe("/ with the browser's language", () => {
  // The browser's own language setting, which Chromium sends as Accept-Language.
  for (const [browserLocale, locale] of [
    ["fr-FR", "fr"],
    ["ht-HT", "ht"],
    ["pt-BR", "pt"],
    ["es-MX", "es"],
  ] as const) {
    test(`a browser in ${browserLocale} lands on /${locale}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await context.close();
    });
  }
});

test.describe("the admin", () => {
  test("writes an office's name in Kreyòl, optional next to Spanish and English; /ht shows it, /fr keeps the Spanish one marked", async ({ page, context }) => {
    await context.setExtraHTTPHeaders(freshAddress());
    await signIn(page, editor);
    await page.goto("/es/admin/offices");
    await page.getByRole("link", { name: /Casa del Migrante.*Nuevo Laredo/ }).click();
    for (const label of ["Nombre (francés, opcional)", "Nombre (portugués, opcional)", "Nota sobre horarios (criollo haitiano, opcional)"]) {
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    }
    await page.getByLabel("Nombre (criollo haitiano, opcional)", { exact: true }).fill("Kay Migran nan Nuevo Laredo");
    await page.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(page.getByText("Cambios guardados.")).toBeVisible();

    await page.goto("/ht/biwo/casa-del-migrante-nuevo-laredo");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("Kay Migran nan Nuevo Laredo");
    await expect(heading.locator('[lang="es"]')).toHaveCount(0);
    await page.goto("/fr/bureaux/casa-del-migrante-nuevo-laredo");
    await expect(page.getByRole("heading", { level: 1 }).locator('[lang="es"]')).toHaveText("Casa del Migrante en Nuevo Laredo");
  });
});
