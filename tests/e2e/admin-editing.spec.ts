import { expect, test, type Page } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

async function openOfficeEditor(page: Page, linkText: RegExp) {
  await page.goto("/es/admin/offices");
  await page.getByRole("link", { name: linkText }).click();
  await expect(page.getByRole("button", { name: "Guardar cambios" })).toBeVisible();
}

test.describe("editing offices", () => {
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders(freshAddress());
  });

  test("the office editor renders in the browser exactly as on the server, so nothing typed early is thrown away", async ({ page }) => {
    // A difference (the browser named languages differently from Node) made React discard the server's form
    // when its script arrived, and with it what the editor had typed so far (React error #418).
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, editor);
    await openOfficeEditor(page, /ACNUR.*Saltillo/);
    const hydrated = () => page.evaluate(() => Object.keys(document.querySelector("form") ?? {}).some((key) => key.startsWith("__react")));
    await expect.poll(hydrated, { timeout: 20_000 }).toBe(true);
    await page.getByLabel("Nombre (español)").fill("Sin cambios");
    await page.waitForLoadState("networkidle");
    await expect(page.getByLabel("Nombre (español)")).toHaveValue("Sin cambios");
    expect(errors).toEqual([]);
  });

  test("an editor edits an office in Spanish and English, marks it verified, and the public pages show it at once", async ({ page }) => {
    await signIn(page, editor);
    await openOfficeEditor(page, /ACNUR.*Aguascalientes/);
    await page.getByLabel("Nombre (español)").fill("Unidad Aguascalientes (horario ampliado)");
    await page.getByLabel("Nombre (inglés)").fill("Aguascalientes unit (longer hours)");
    // A number written the old way is checked and stored in international form.
    await page.getByLabel("Teléfono 1", { exact: true }).fill("01 961 123 4567");
    // Languages: ticked in the picker, or typed as codes when the picker lacks them.
    await page.getByRole("checkbox", { name: "criollo haitiano (ht)" }).check();
    await page.getByLabel(/^Otros idiomas/).fill("wo");
    await page.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(page.getByText("Cambios guardados.")).toBeVisible();
    await expect(page.getByLabel("Nombre (inglés)")).toHaveValue("Aguascalientes unit (longer hours)");

    await page.getByRole("button", { name: "Marcar como verificada hoy" }).click();
    await expect(page.getByText(/Verificada el .* por /)).toBeVisible();
    await expect(page.getByRole("region", { name: "Historial de esta ficha" }).getByText("Verificada", { exact: true })).toBeVisible();

    const today = new Intl.DateTimeFormat("es-MX", { dateStyle: "long", timeZone: "America/Mexico_City" }).format(new Date());
    await page.goto("/es/oficinas/acnur-aguascalientes");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Unidad Aguascalientes (horario ampliado)");
    await expect(page.getByText(`Última verificación: ${today}`)).toBeVisible();
    await expect(page.locator('a[href="tel:+529611234567"]').first()).toBeVisible();
    await expect(page.getByRole("main")).toContainText("criollo haitiano");
    await expect(page.getByRole("main")).toContainText("wólof");
    await page.goto("/en/offices/acnur-aguascalientes");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aguascalientes unit (longer hours)");
  });

  test("a wrong phone, e-mail and time get a translated message next to each field, and the input stays", async ({ page }) => {
    await signIn(page, editor, "en");
    await page.goto("/en/admin/offices");
    await page.getByRole("link", { name: /UNHCR.*Mexicali/ }).click();
    await page.getByLabel("Phone 1", { exact: true }).fill("12345");
    await page.getByLabel("Email 1").fill("not-an-email");
    await page.getByLabel("Name (English)").fill("Changed but not saved");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("need correcting");
    await expect(page.getByText(/^Not a number that can be dialled \(check the area code and digits\)/)).toBeVisible();
    await expect(page.getByText("Not a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Phone 1", { exact: true })).toHaveValue("12345");
    await expect(page.getByLabel("Phone 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name (English)")).toHaveValue("Changed but not saved");
    await page.goto("/en/offices/acnur-mexicali");
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Changed but not saved");
  });

  test("a second person saving a stale copy gets the conflict, sees what changed and keeps their input", async ({ page, browser, baseURL }) => {
    const other = await browser.newContext({ baseURL, extraHTTPHeaders: freshAddress() });
    const second = await other.newPage();
    await signIn(page, editor);
    await signIn(second, editor);
    await openOfficeEditor(page, /ACNUR.*Palenque/);
    await openOfficeEditor(second, /ACNUR.*Palenque/);

    await page.getByLabel("Colonia").fill("Centro (primera persona)");
    await page.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(page.getByText("Cambios guardados.")).toBeVisible();

    await second.getByLabel("Nombre (inglés)").fill("Palenque office, second person's version");
    await second.getByRole("button", { name: "Guardar cambios" }).click();
    const conflict = second.getByRole("main").getByRole("alert");
    await expect(conflict).toContainText("Otra persona guardó esta ficha mientras usted la editaba.");
    await expect(conflict).toContainText("Colonia: Centro (primera persona)");
    await expect(second.getByLabel("Nombre (inglés)")).toHaveValue("Palenque office, second person's version");

    // Having seen the change, saving again goes through.
    await second.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(second.getByText("Cambios guardados.")).toBeVisible();
    await other.close();
  });

  test("script and onerror payloads saved in text fields render as inert text on public and admin pages", async ({ page }) => {
    const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 1">`;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, editor);
    await openOfficeEditor(page, /ACNUR.*Saltillo/);
    for (const label of ["Nombre (español)", "Nombre (inglés)", "Calle y número", "Indicaciones", "Colonia", "Municipio o alcaldía", "Nota sobre horarios (español)", "Nota sobre horarios (inglés)"]) {
      await page.getByLabel(label).fill(`${label} ${payload}`);
    }
    await page.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(page.getByText("Cambios guardados.")).toBeVisible();
    for (const path of ["/es/admin/offices", "/es/oficinas/acnur-saltillo", "/en/offices/acnur-saltillo", "/es/directorio?q=saltillo", "/es/organizaciones/acnur"]) {
      await page.goto(path);
      await expect(page.getByText(payload).first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator("main img[src='x']").count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });
});
