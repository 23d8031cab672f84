import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";

const fray = { name: "Centro de Derechos Humanos Fray Matías de Córdoba", slug: "cdh-fray-matias-tapachula", phone: "+52 962 642 5098" };
const casa = { name: "Casa del Migrante", slug: "casa-del-migrante-tapachula", phone: "+52 962 625 4812" };

/** "Añadir a la lista de referencia: Casa del Migrante — <office name>": the visible words, then organisation and office. */
const label = (action: "add" | "remove", office: { name: string }) =>
  new RegExp(`^${action === "add" ? "Añadir a la lista de referencia" : "Quitar de la lista"} ?: ${office.name} — [^—]+$`);

/** A caseworker searches Tapachula, adds two offices to the list and opens it. */
async function buildList(page: Page) {
  await page.goto("/es/directorio?city=tapachula");
  await page.getByRole("link", { name: label("add", fray) }).click();
  await expect(page.getByRole("link", { name: label("remove", fray) })).toBeVisible();
  // The page comes back to the card just added, not to the top of the results.
  await expect(page).toHaveURL(new RegExp(`city=tapachula.*#referral-${fray.slug}$`));
  await expect(page.getByRole("link", { name: label("remove", fray) })).toBeInViewport();
  await page.getByRole("link", { name: label("add", casa) }).click();
  await page.getByRole("link", { name: "Lista de referencia (2)" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/referencias\\?city=tapachula&o=${fray.slug}&o=${casa.slug}$`));
}

async function checkList(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lista de referencia (2 oficinas)");
  const offices = page.getByRole("article");
  await expect(offices).toHaveCount(2);
  await expect(offices.nth(0)).toContainText(fray.name);
  await expect(offices.nth(1)).toContainText(casa.name);
  for (const office of await offices.all()) {
    await expect(office.getByRole("img", { name: "Escanee para abrir la ficha" }).locator("svg")).toBeVisible();
  }
  const text = await page.getByLabel("Texto de la lista para copiar y pegar").inputValue();
  expect(text).toContain(fray.phone);
  expect(text).toContain(casa.phone);
  expect(text).toMatch(/^1\. Centro de Derechos Humanos Fray Matías/);
  const whatsapp = await page.getByRole("link", { name: "Enviar por WhatsApp" }).getAttribute("href");
  expect(decodeURIComponent(whatsapp!.replace("https://wa.me/?text=", ""))).toBe(text);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar la lista (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("amparo-lista-de-referencia.csv");
  const rows = parseCsv(readFileSync((await download.path())!, "utf8"), { bom: true }) as string[][];
  expect(rows).toHaveLength(3);
  expect(rows[0]![0]).toBe("Organización");
  expect(rows.slice(1).map((row) => row[0])).toEqual([fray.name, casa.name]);
}

test.describe("a referral list", () => {
  test("a caseworker picks two offices from the results and gets a sheet, text and CSV", async ({ page }) => {
    await buildList(page);
    await checkList(page);
    // Back to the same search, with the list kept; removing an office from the sheet updates the count.
    await page.getByRole("link", { name: /Volver a los resultados/ }).click();
    await expect(page).toHaveURL(/\/es\/directorio\?city=tapachula&o=/);
    await expect(page.getByRole("link", { name: "Lista de referencia (2)" })).toBeVisible();
    await page.getByRole("link", { name: "Lista de referencia (2)" }).click();
    await expect(page).toHaveURL(/\/es\/referencias\?/);
    await page.getByRole("link", { name: label("remove", casa) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lista de referencia (1 oficina)");
  });

  test("works the same without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX", acceptDownloads: true });
    const page = await context.newPage();
    await buildList(page);
    await checkList(page);
    await context.close();
  });

  test("keeps the list when the search changes", async ({ page }) => {
    await page.goto(`/es/directorio?city=tapachula&o=${fray.slug}`);
    await page.getByLabel("Tipo de ayuda").selectOption("shelter");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/service=shelter/);
    await expect(page.getByRole("link", { name: "Lista de referencia (1)" })).toBeVisible();
  });

  test("prints a full list, with the office that has the longest hours, on at most two pages", async ({ page, request }, testInfo) => {
    const results = await (await request.get("/api/v1/offices", { headers: { "x-forwarded-for": "2001:db8:8:8::8" } })).json();
    const others = results.data.flatMap((item: { office: { slug: string } | null }) => (item.office ? [item.office.slug] : []));
    const slugs = ["casa-del-migrante-nuevo-laredo", ...others.filter((slug: string) => slug !== "casa-del-migrante-nuevo-laredo")].slice(0, 8);
    await page.goto(`/en/referrals?${slugs.map((slug) => `o=${slug}`).join("&")}`);
    await expect(page.getByRole("article")).toHaveCount(8);
    for (const format of ["A4", "Letter"]) {
      const file = testInfo.outputPath(`referrals-${format}.pdf`);
      await page.pdf({ path: file, format });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
      expect(pages, format).toBeGreaterThanOrEqual(1);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
    // The list is full: results offer no more additions.
    await page.goto(`/en/directory?${slugs.map((slug) => `o=${slug}`).join("&")}`);
    await expect(page.getByText("Your referral list is full (8 offices").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /^Add to referral list/ })).toHaveCount(0);
  });

  test("says what it left out of a list from a bad or outdated link", async ({ page }) => {
    await page.goto(`/en/referrals?o=${fray.slug}&o=no-such-office&o=%3Cscript%3E`);
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("status")).toContainText("2 offices in the address could not be used");
  });
});
