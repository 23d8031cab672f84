// Editing organisations, services and legal notes as an editor would. Each
// test uses seed records no other spec relies on.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

const save = (page: Page) => page.getByRole("button", { name: "Guardar cambios" }).click();
const saved = (page: Page) => expect(page.getByText("Cambios guardados.")).toBeVisible();

async function openFromList(page: Page, section: string, linkText: RegExp) {
  await page.goto(`/es/admin/${section}`);
  await page.getByRole("link", { name: linkText }).first().click();
  await expect(page.getByRole("button", { name: "Guardar cambios" })).toBeVisible();
}

test.describe("editing organisations, services and legal notes", () => {
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders(freshAddress());
  });

  test("an editor edits an organisation's description in both languages and the public page shows it", async ({ page }) => {
    await signIn(page, editor);
    await page.getByRole("navigation", { name: "Navegación de administración" }).getByRole("link", { name: "Organizaciones" }).click();
    await page.getByRole("link", { name: /^Proyecto Citlalli/ }).click();
    // A wrong web address is refused next to its field, and the rest of the input stays.
    await page.getByLabel("Descripción (español)").fill("Acompañamiento legal a familias en Tijuana, también por videollamada.");
    await page.getByLabel("Descripción (inglés)").fill("Legal support for families in Tijuana, also by video call.");
    await page.getByLabel("Sitio web").fill("citlalli.example");
    await save(page);
    await expect(page.getByText("Escriba una dirección web completa que empiece con https://.")).toBeVisible();
    await expect(page.getByLabel("Sitio web")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Descripción (inglés)")).toHaveValue("Legal support for families in Tijuana, also by video call.");

    await page.getByLabel("Sitio web").fill("https://citlalli.example.org");
    await save(page);
    await saved(page);
    await expect(page.getByRole("region", { name: "Historial de esta ficha" }).getByText("Edición")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Marcar como verificada hoy" }).click();
    await expect(page.getByText(/Verificada el .* por /)).toBeVisible();

    // The change history can be filtered to organisations and leads back to the record.
    await page.goto("/es/admin/audit");
    await page.getByLabel("Tipo de registro").selectOption({ label: "Organizaciones" });
    await page.getByRole("button", { name: "Filtrar" }).click();
    await page.getByRole("link", { name: /^Organización / }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Proyecto Citlalli");

    const today = new Intl.DateTimeFormat("es-MX", { dateStyle: "long", timeZone: "America/Mexico_City" }).format(new Date());
    // The record links to its public page in the admin's language, at that language's address.
    const record = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Ver la página pública" }).click();
    await expect(page).toHaveURL(/\/es\/organizaciones\/proyecto-citlalli$/);
    await expect(page.getByText("Acompañamiento legal a familias en Tijuana, también por videollamada.")).toBeVisible();
    await expect(page.getByText(`Última verificación: ${today}`)).toBeVisible();
    await page.goto(record.replace(/^\/es\//, "/en/"));
    await page.getByRole("link", { name: "View the public page" }).click();
    await expect(page).toHaveURL(/\/en\/organizations\/proyecto-citlalli$/);
    await expect(page.getByText("Legal support for families in Tijuana, also by video call.")).toBeVisible();
  });

  test("a second person saving a stale copy of a service gets the conflict and keeps their input", async ({ page, browser, baseURL }) => {
    const other = await browser.newContext({ baseURL, extraHTTPHeaders: freshAddress() });
    const second = await other.newPage();
    await signIn(page, editor);
    await signIn(second, editor);
    await openFromList(page, "services", /Caminos — Búsqueda de personas desaparecidas/);
    await openFromList(second, "services", /Caminos — Búsqueda de personas desaparecidas/);

    await page.getByLabel("Descripción (español)").fill("Búsqueda de personas migrantes desaparecidas (primera persona).");
    await save(page);
    await saved(page);

    await second.getByLabel("Requisitos (inglés)").fill("Bring any photo of the missing person.");
    await second.getByLabel("Niñas, niños y adolescentes", { exact: false }).check();
    await save(second);
    const conflict = second.getByRole("main").getByRole("alert");
    await expect(conflict).toContainText("Otra persona guardó esta ficha mientras usted la editaba.");
    await expect(conflict).toContainText("Búsqueda de personas migrantes desaparecidas (primera persona).");
    await expect(second.getByLabel("Requisitos (inglés)")).toHaveValue("Bring any photo of the missing person.");
    await expect(second.getByLabel("Niñas, niños y adolescentes", { exact: false })).toBeChecked();
    await expectAccessible(second);
    await other.close();
  });

  test("script and onerror payloads in organisation fields render as inert text", async ({ page }) => {
    const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 1">`;
    await signIn(page, editor);
    await openFromList(page, "organizations", /^Organización maya de base/);
    for (const label of ["Nombre (español)", "Nombre (inglés)", "Siglas (español)", "Siglas (inglés)", "Descripción (español)", "Descripción (inglés)", "Aviso contra fraudes (español)", "Aviso contra fraudes (inglés)"]) {
      await page.getByLabel(label).fill(`${label} ${payload}`);
    }
    await save(page);
    // Acronyms are short: the payload is too long there, and everything typed stays in the form.
    await expect(page.getByText("Este texto es demasiado largo.").first()).toBeVisible();
    await expect(page.getByLabel("Descripción (inglés)")).toHaveValue(`Descripción (inglés) ${payload}`);
    for (const label of ["Siglas (español)", "Siglas (inglés)"]) await page.getByLabel(label).fill("<b>OM</b>");
    await save(page);
    await saved(page);
    await expectInert(page, ["/es/admin/organizations", "/es/organizaciones/organizacion-maya-san-cristobal", "/en/organizations/organizacion-maya-san-cristobal", "/es/organizaciones"], payload);
  });

  test("script and onerror payloads in service fields render as inert text", async ({ page }) => {
    const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 1">`;
    await signIn(page, editor);
    await openFromList(page, "services", /^Iniciativa Kino para la Frontera/);
    for (const field of ["Descripción", "Requisitos", "Cómo recibir ayuda"]) {
      for (const language of ["español", "inglés"]) {
        const label = `${field} (${language})`;
        await page.getByLabel(label).fill(`${label} ${payload}`);
      }
    }
    await save(page);
    await saved(page);
    // The admin form shows the stored text as field values, never as markup.
    await page.reload();
    await expect(page.getByLabel("Requisitos (inglés)")).toHaveValue(`Requisitos (inglés) ${payload}`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    await expectInert(page, ["/es/organizaciones/kino-border-initiative", "/en/organizations/kino-border-initiative"], payload);
  });

  test("a legal note's text fields keep payloads inert, and 'mark reviewed' shows the date publicly", async ({ page }) => {
    const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 1">`;
    await signIn(page, editor);
    await openFromList(page, "legal-notes", /plazo de un año/i);
    for (const label of ["Título (español)", "Título (inglés)", "Resumen (español)", "Resumen (inglés)", "Texto (español)", "Texto (inglés)"]) {
      await page.getByLabel(label).fill(`${label} ${payload}\n\n- ${payload}`);
    }
    await save(page);
    await saved(page);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Marcar como revisada hoy" }).click();
    await expect(page.getByText(/Revisada el .* por /)).toBeVisible();
    await expectInert(page, ["/es/admin/legal-notes", "/es/informacion-legal/us-one-year-deadline-form-i-589", "/en/legal-information/us-one-year-deadline-form-i-589", "/es/informacion-legal"], payload);
    const today = new Intl.DateTimeFormat("es-MX", { dateStyle: "long", timeZone: "America/Mexico_City" }).format(new Date());
    await page.goto("/es/informacion-legal/us-one-year-deadline-form-i-589");
    await expect(page.getByText(`Revisado por última vez: ${today}`)).toBeVisible();
  });
});

/** No serious or critical axe violations on the admin form pages either. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

async function expectInert(page: Page, paths: string[], payload: string) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByText(payload).first(), path).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    expect(await page.locator("main img[src='x']").count(), path).toBe(0);
  }
  expect(dialogs).toEqual([]);
}

test("an editor creates an organisation, then an office and a service for it; all start unpublished", async ({ page, context }) => {
  await context.setExtraHTTPHeaders(freshAddress());
  await signIn(page, editor);
  await page.goto("/es/admin/organizations");
  await page.getByRole("link", { name: "Nueva organización" }).click();
  await page.getByLabel("Nombre (español)").fill("Colectivo Ejemplo de Apoyo");
  await page.getByLabel("Nombre (inglés)").fill("Example Support Collective");
  await page.getByLabel("Descripción (español)").fill("Orientación legal.");
  await save(page);
  // Nothing is created until every required field is there.
  await expect(page.getByText("Este campo es obligatorio.")).toBeVisible();
  await expect(page.getByLabel("Nombre (inglés)")).toHaveValue("Example Support Collective");
  await page.getByLabel("Descripción (inglés)").fill("Legal advice.");
  await save(page);
  await expect(page.getByText("Ficha creada (sin publicar).")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Colectivo Ejemplo de Apoyo");
  await expect(page.getByRole("button", { name: "Publicar" })).toBeVisible();

  await page.getByRole("link", { name: "Agregar una oficina" }).click();
  await page.getByLabel("Nombre (español)").fill("Oficina Centro");
  await page.getByLabel("Nombre (inglés)").fill("Downtown office");
  await save(page);
  await expect(page.getByText("Ficha creada (sin publicar).")).toBeVisible();
  await page.getByRole("heading", { level: 1 }).getByRole("link", { name: "Colectivo Ejemplo de Apoyo" }).click();

  await page.getByRole("link", { name: "Agregar un servicio" }).click();
  await page.getByLabel("Tipo de servicio").selectOption({ label: "Albergue" });
  await page.getByLabel("Descripción (español)").fill("Albergue temporal.");
  await page.getByLabel("Descripción (inglés)").fill("Temporary shelter.");
  await page.getByLabel("Oficina Centro").check();
  await save(page);
  await expect(page.getByText("Ficha creada (sin publicar).")).toBeVisible();
  await expect(page.getByLabel("Oficina Centro")).toBeChecked();
  await page.getByRole("link", { name: "Volver a la organización" }).click();
  await expect(page.getByRole("region", { name: "Servicios" }).getByRole("link", { name: "Albergue" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Oficinas" }).getByText("No publicada")).toBeVisible();
});
