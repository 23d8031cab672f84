import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

/** Every address the page asked for or showed, so a test can tell that none carries what the person wrote. */
function recordAddresses(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url()));
  page.on("framenavigated", (frame) => seen.push(frame.url()));
  return seen;
}

const decoded = (url: string) => decodeURIComponent(url.replace(/\+/g, " "));

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

  for (const javaScriptEnabled of [false, true]) {
    test(`a refused report comes back with its text and error, and no address holds the text (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "es-MX", extraHTTPHeaders: freshAddress() });
      const page = await context.newPage();
      const addresses = recordAddresses(page);
      await page.goto("/es/oficinas/cdh-fray-matias-tapachula");
      // Too short to take, and long enough (in bytes) to have broken a URL before.
      const text = "北京";
      await page.getByLabel("¿Qué hay que corregir?").fill(text);
      await page.getByRole("button", { name: "Enviar aviso" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(/al menos 10 caracteres/);
      await expect(page.getByLabel("¿Qué hay que corregir?")).toHaveValue(text);
      await expect(page).toHaveTitle(/¿Algún dato está mal\?/);
      // The page's own style applies under its policy: the honeypot stays out of sight.
      await expect(page.locator("#report-website")).not.toBeInViewport();

      // Corrected on that page, the report is taken and the person is back on the listing.
      const fixed = `${text}: el número de teléfono de la oficina ya no existe.`;
      await page.getByLabel("¿Qué hay que corregir?").fill(fixed);
      await page.getByRole("button", { name: "Enviar aviso" }).click();
      await expect(page.getByText("Gracias. El equipo revisará esta ficha.")).toBeVisible();
      await expect(page).toHaveURL(/\/es\/oficinas\/cdh-fray-matias-tapachula\?report=sent#report$/);

      // The whole session history, as the browser keeps it, and every request: none holds the text.
      const history = await (await context.newCDPSession(page)).send("Page.getNavigationHistory");
      const entries = history.entries.map((entry) => entry.url);
      expect(entries.some((url) => url.includes("/api/reports?office="))).toBe(true);
      expect([...entries, ...addresses].filter((url) => decoded(url).includes(text) || url.includes("message="))).toEqual([]);
      await context.close();
    });
  }

  test("a NUL byte in a report is refused with its own message, and the rest of the text stays", async ({ page }) => {
    await page.context().setExtraHTTPHeaders(freshAddress());
    await page.goto("/en/offices/cdh-fray-matias-tapachula");
    const response = await page.request.post("/api/reports?office=cdh-fray-matias-tapachula&locale=en", {
      headers: { "content-type": "application/x-www-form-urlencoded", ...freshAddress() },
      data: "website=&message=The%20phone%20number%20%00%20is%20out%20of%20service.",
    });
    expect(response.status()).toBe(422);
    // One policy for this page (not also the API's "default-src 'none'", which would block its style).
    const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
    expect(policies).toHaveLength(1);
    expect(policies[0]!.value).toMatch(/style-src 'nonce-[^']+'; form-action 'self'/);
    // The office page's scripts are still alive after setContent and may add Next's route announcer (also an
    // alert) to the new document: look for the refusal inside the page's own content.
    await page.setContent(await response.text());
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/cannot be saved \(such as a null byte\)/);
    await expect(page.getByLabel("What needs correcting?")).toHaveValue("The phone number \uFFFD is out of service.");
  });

  test("an oversized body is refused with 413 at once, announced or chunked, and reports still work", async ({ request, baseURL }) => {
    const started = Date.now();
    const announced = await request.post("/api/reports?office=cdh-fray-matias-tapachula&locale=en", {
      headers: { "content-type": "application/x-www-form-urlencoded", ...freshAddress() },
      data: `website=&message=${"x".repeat(1024 * 1024)}`,
    });
    expect(announced.status()).toBe(413);
    expect(await announced.text()).toContain("This report is too long to receive");

    // A chunked upload of up to 64 MB: the answer must come while it is still being sent.
    const url = new URL("/api/reports?office=cdh-fray-matias-tapachula&locale=es", baseURL);
    const chunked = await new Promise<{ status: number; sent: number; body: string }>((resolve, reject) => {
      let sent = 0;
      const upload = httpRequest(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked", ...freshAddress() } });
      upload.on("response", (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => {
          upload.destroy();
          resolve({ status: response.statusCode ?? 0, sent, body });
        });
      });
      upload.on("error", (error) => (sent >= 64 * 1024 * 1024 ? resolve({ status: 0, sent, body: "" }) : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, "y");
      const push = () => {
        while (sent < 64 * 1024 * 1024 && !upload.destroyed) {
          sent += chunk.length;
          if (!upload.write(chunk)) return void upload.once("drain", push);
        }
        if (!upload.destroyed) upload.end();
      };
      upload.write("website=&message=");
      push();
    });
    expect(chunked.status).toBe(413);
    expect(chunked.body).toContain("El aviso es demasiado largo");
    expect(Date.now() - started).toBeLessThan(15_000);

    const normal = await request.post("/api/reports?office=cdh-fray-matias-tapachula&locale=en", {
      headers: { "content-type": "application/x-www-form-urlencoded", ...freshAddress() },
      form: { website: "", message: "The opening hours on the listing are out of date." },
      maxRedirects: 0,
    });
    expect(normal.status()).toBe(303);
    expect(normal.headers().location).toBe("/en/offices/cdh-fray-matias-tapachula?report=sent#report");
  });
});

