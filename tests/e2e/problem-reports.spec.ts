import { expect, test } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

test.describe("report a problem with a listing", () => {
  test("a visitor without JavaScript reports a problem; an editor sees it in the queue, closes it, and the audit log records it", async ({ browser, baseURL, page }) => {
    const visitor = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "es-MX", extraHTTPHeaders: freshAddress() });
    const office = await visitor.newPage();
    await office.goto("/es/oficinas/cdh-fray-matias-tapachula");
    const report = "El teléfono de la oficina ya no contesta desde octubre (prueba e2e).";
    await office.getByLabel("¿Qué hay que corregir?").fill(report);
    await office.getByRole("button", { name: "Enviar aviso" }).click();
    await expect(office.getByText("Gracias. El equipo revisará esta ficha.")).toBeVisible();
    expect(await visitor.cookies()).toEqual([]);
    await visitor.close();

    await page.context().setExtraHTTPHeaders(freshAddress());
    await signIn(page, editor);
    await page.goto("/es/admin/reports");
    const item = page.getByRole("listitem").filter({ hasText: report });
    await expect(item).toBeVisible();
    await expect(item.getByRole("link")).toContainText("Tapachula");
    await item.getByLabel("Qué se hizo (opcional)").fill("Se llamó a la organización y se actualizó el número.");
    await item.getByRole("button", { name: "Cerrar el reporte" }).click();
    await expect(page.getByText(report)).toHaveCount(0);
    await page.goto("/es/admin/reports?status=closed");
    await expect(page.getByRole("listitem").filter({ hasText: report })).toContainText("Se llamó a la organización");

    await page.goto("/es/admin/audit?action=close_report");
    const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: "Reporte cerrado" }).first();
    await expect(entry).toContainText(`por ${editor.email}`);
    await expect(entry).toContainText("Campos: resolution, status");
  });

  test("too short a message keeps the text and explains; bots filling the honeypot are ignored; a flood is refused", async ({ page, baseURL }) => {
    await page.context().setExtraHTTPHeaders(freshAddress());
    await page.goto("/en/offices/cdh-fray-matias-tapachula");
    await page.getByLabel("What needs correcting?").fill("short");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/at least 10 characters/);
    await expect(page.getByLabel("What needs correcting?")).toHaveValue("short");

    // Five reports an hour per address; the sixth is refused and the text stays.
    for (let n = 1; n <= 5; n += 1) {
      await page.getByLabel("What needs correcting?").fill(`Report number ${n} about the opening hours.`);
      await page.getByRole("button", { name: "Send report" }).click();
      await expect(page.getByText("Thank you. The team will check this listing.")).toBeVisible();
    }
    await page.getByLabel("What needs correcting?").fill("One report too many about the hours.");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Many reports were sent from this connection/);
    await expect(page.getByLabel("What needs correcting?")).toHaveValue("One report too many about the hours.");

    // A bot fills the hidden field: it is told "thank you" and nothing is stored.
    const bot = await page.context().browser()!.newContext({ baseURL, extraHTTPHeaders: freshAddress() });
    const botPage = await bot.newPage();
    await botPage.goto("/en/offices/cdh-fray-matias-tapachula");
    await botPage.locator("#report-website").fill("http://spam.example");
    await botPage.getByLabel("What needs correcting?").fill("Buy cheap things at our shop now please.");
    await botPage.getByRole("button", { name: "Send report" }).click();
    await expect(botPage.getByText("Thank you. The team will check this listing.")).toBeVisible();
    await bot.close();

    await signIn(page, editor, "en");
    await page.goto("/en/admin/reports");
    await expect(page.getByText("Report number 5 about the opening hours.")).toBeVisible();
    await expect(page.getByText("One report too many about the hours.")).toHaveCount(0);
    await expect(page.getByText("Buy cheap things at our shop now please.")).toHaveCount(0);
  });
});
