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


type Gray = { width: number; height: number; pixels: Buffer };

/** The sheet printed to PDF in a paper size, each page rendered at 96 dpi (1 px = 1 CSS px) by poppler's pdftoppm. */
async function printedPages(page: Page, format: "A4" | "Letter", path: string): Promise<Gray[]> {
  await page.pdf({ path: `${path}.pdf`, format });
  execFileSync("pdftoppm", ["-r", "96", "-gray", `${path}.pdf`, path]);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [`${path}.pdf`], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(String(count).length, "0");
    const data = readFileSync(`${path}-${number}.pgm`);
    const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 32).toString("latin1"))!;
    const header = /^P5\s+\d+\s+\d+\s+255\s/.exec(data.subarray(0, 32).toString("latin1"))![0].length;
    return { width: Number(width), height: Number(height), pixels: data.subarray(header) };
  });
}

/** Sets one CSS property on every match through the CSSOM (the page's CSP allows no injected stylesheet). */
async function styleAll(page: Page, selector: string, property: string, value: string) {
  await page.locator(selector).evaluateAll((nodes, [name, to]) => nodes.forEach((node) => (node as HTMLElement).style.setProperty(name!, to!)), [property, value]);
}

/** The boxes of what `after` draws darker than `before`, one per group of rows (the figures are stacked, never side by side). */
function darkBoxes(before: Gray, after: Gray) {
  const rows = new Map<number, { left: number; right: number }>();
  for (let y = 0; y < after.height; y += 1) {
    for (let x = 0; x < after.width; x += 1) {
      const i = y * after.width + x;
      if (after.pixels[i]! < 128 && before.pixels[i]! - after.pixels[i]! > 64) {
        const row = rows.get(y) ?? { left: x, right: x };
        rows.set(y, { left: Math.min(row.left, x), right: Math.max(row.right, x) });
      }
    }
  }
  const boxes: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const [y, row] of [...rows.entries()].sort(([a], [b]) => a - b)) {
    const last = boxes.at(-1);
    if (last && y - last.bottom <= 12) Object.assign(last, { bottom: y, left: Math.min(last.left, row.left), right: Math.max(last.right, row.right) });
    else boxes.push({ top: y, bottom: y, ...row });
  }
  return boxes;
}

/** The print button opens the browser's print dialog (stubbed, so the test can count it). */
async function expectPrintButtonPrints(page: Page) {
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => void (counted.printed += 1);
  });
  const button = page.getByRole("button", { name: "Imprimir la hoja" });
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const box = await button.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
}

test("the print button works on a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`/es/referencias?o=${fray.slug}&o=${casa.slug}`);
  await expectPrintButtonPrints(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe("a referral list", () => {
  test("a caseworker picks two offices from the results and gets a sheet, text and CSV", async ({ page }) => {
    await buildList(page);
    await checkList(page);
    await expectPrintButtonPrints(page);
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
    // No button that could do nothing: the page says how to print instead.
    await expect(page.getByRole("button", { name: "Imprimir la hoja" })).toHaveCount(0);
    await expect(page.getByText("use la opción Imprimir de su navegador")).toBeVisible();
    await context.close();
  });

  test("keeps the list when the search changes", async ({ page }) => {
    await page.goto(`/es/directorio?city=tapachula&o=${fray.slug}`);
    // After a search the form is folded under the summary of what is applied (decision 022).
    await page.getByText("Tapachula — cambiar").click();
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
    for (const format of ["A4", "Letter"] as const) {
      const printed = async (name: string) => printedPages(page, format, testInfo.outputPath(`referrals-${format}-${name}`));
      const sheet = await printed("sheet");
      expect(sheet.length, format).toBeGreaterThanOrEqual(1);
      expect(sheet.length, format).toBeLessThanOrEqual(2);
      // What the QR codes draw: the sheet minus the same sheet with the codes made invisible (same layout).
      await styleAll(page, "figure [role=img] svg", "visibility", "hidden");
      const withoutCodes = await printed("without-codes");
      await styleAll(page, "figure [role=img] svg", "visibility", "");
      // Where the figures are: their outlines, drawn without moving anything.
      await styleAll(page, "article figure", "outline", "1px solid black");
      const outlined = await printed("outlined");
      await styleAll(page, "article figure", "outline", "");
      let codes = 0;
      sheet.forEach((pageImage, index) => {
        const figures = darkBoxes(pageImage, outlined[index]!);
        const margin = Math.round((12 / 25.4) * 96); // @page { margin: 12mm } in app/globals.css
        for (const code of darkBoxes(withoutCodes[index]!, pageImage)) {
          codes += 1;
          const figure = figures.find((box) => box.top <= code.top && box.bottom >= code.bottom);
          expect(figure, `${format} page ${index + 1}: a figure around the code at ${code.top}px`).toBeDefined();
          // Each code lies inside its figure, and the figure inside the page's margins.
          expect(code.left, format).toBeGreaterThanOrEqual(figure!.left);
          expect(code.right, format).toBeLessThanOrEqual(figure!.right);
          expect(figure!.right, format).toBeLessThanOrEqual(pageImage.width - margin + 1);
          expect(code.right - code.left, format).toBeGreaterThan(60);
          // Whole: a code cut by the page or its box is narrower than it is tall.
          expect(Math.abs(code.right - code.left - (code.bottom - code.top)), format).toBeLessThanOrEqual(2);
        }
      });
      expect(codes, format).toBe(8);
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
