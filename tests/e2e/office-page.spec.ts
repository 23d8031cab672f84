import { expect, test } from "@playwright/test";

test.describe("an office page", () => {
  test("shows the address, hours with open/closed status, and dialable numbers", async ({ page }) => {
    await page.goto("/es/oficinas/casa-del-migrante-nuevo-laredo");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Casa del Migrante");
    await expect(page.locator("address").getByText("Calle Francisco I. Madero # 350")).toBeVisible();
    await expect(page.getByText(/^(Abierto ahora · cierra a las|Cerrado ahora · abre)/)).toBeVisible();
    await expect(page.locator('a[href="tel:+528677145611"]')).toBeVisible();
    await expect(page.getByRole("link", { name: /Cómo llegar/ })).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/search\?query=/);
  });

  test("can be shared by WhatsApp or as text, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/en/offices/cdh-fray-matias-tapachula");
    const text = await page.getByLabel("Text to copy and paste").inputValue();
    expect(text).toContain("Fray Matías de Córdoba Human Rights Center");
    expect(text).toContain("+52 962 642 5098");
    expect(text).toMatch(/\/en\/offices\/cdh-fray-matias-tapachula$/);
    const whatsapp = await page.getByRole("link", { name: "Send by WhatsApp" }).getAttribute("href");
    expect(decodeURIComponent(whatsapp!.replace("https://wa.me/?text=", ""))).toBe(text);
    await context.close();
  });

  test("copies the referral text with one tap when JavaScript is on", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "en-US" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const page = await context.newPage();
    await page.goto("/en/offices/cdh-fray-matias-tapachula");
    await page.getByRole("button", { name: "Copy the text" }).click();
    await expect(page.getByRole("button", { name: "Text copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel("Text to copy and paste").inputValue());
    await context.close();
  });

  test("prints as a referral sheet with a QR code of its address", async ({ page }) => {
    await page.goto("/es/oficinas/acnur-tijuana");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("img", { name: "Escanee el código para abrir esta ficha" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Salida rápida" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Compartir esta ficha" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("img", { name: "Escanee el código para abrir esta ficha" })).toBeHidden();
  });

  test("describes itself and its organisation in schema.org JSON-LD", async ({ page }) => {
    await page.goto("/en/offices/acnur-tijuana");
    const office = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(office).toMatchObject({ "@type": "Place", address: { addressLocality: "Tijuana", addressCountry: "MX" } });
    expect(office.address.streetAddress).toContain("Rufino Tamayo 9990");

    await page.goto("/en/organizations/acnur");
    const organization = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(organization["@type"]).toBe("Organization");
    // One place per office the page lists (closed offices are neither).
    const offices = page.getByRole("region", { name: "Offices" }).getByRole("article");
    await expect(offices.first()).toBeVisible();
    expect(organization.location.length).toBe(await offices.count());
    expect(organization.location.length).toBeGreaterThanOrEqual(5);
  });
});
