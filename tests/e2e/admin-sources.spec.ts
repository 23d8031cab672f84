// An editor adds a source, cites it for an office's phone with the source's
// own words, and the public office page names it. Uses the Oaxaca office of COMI (Centro de Orientación del Migrante de Oaxaca),
// which no other spec edits; the source is made up (example.org) for this run.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

const save = (page: Page) => page.getByRole("button", { name: "Guardar cambios" }).click();

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test.describe("sources and citations", () => {
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders(freshAddress());
  });

  test("an editor creates a source, cites it on an office with an excerpt, and the office page shows it", async ({ page }) => {
    // Three forms, two admin pages and a public page in one story: more than the default 30 s on a busy machine.
    test.slow();
    await signIn(page, editor);
    await page.getByRole("navigation", { name: "Navegación de administración" }).getByRole("link", { name: "Fuentes" }).click();
    await page.getByRole("link", { name: "Nueva fuente" }).click();

    // A key with spaces is refused next to its field; what was typed stays.
    await page.getByLabel("Clave").fill("Directorio de prueba");
    await page.getByLabel("Quién la publica").fill("Equipo de pruebas");
    await page.getByLabel("Título").fill("Directorio de prueba");
    await page.getByLabel("Dirección web").fill("https://example.org/directorio");
    await page.getByLabel("Fecha de publicación").fill("2026-11");
    await save(page);
    await expect(page.getByText("Use minúsculas, números y guiones, por ejemplo: comar-tapachula-2025.")).toBeVisible();
    await expect(page.getByLabel("Clave")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Título")).toHaveValue("Directorio de prueba");
    await expectAccessible(page);

    await page.getByLabel("Clave").fill("directorio-de-prueba-e2e");
    await save(page);
    await expect(page.getByText("Fuente creada.")).toBeVisible();
    await expect(page.getByText("Clave: directorio-de-prueba-e2e")).toBeVisible();

    // Cite it for the office's first phone: an excerpt that does not hold the number is refused, with its message.
    await page.goto("/es/admin/offices");
    await page.getByRole("link", { name: /^Centro de Orientación del Migrante de Oaxaca — / }).click();
    const phone = await page.getByLabel("Teléfono 1", { exact: true }).inputValue();
    expect(phone).not.toBe("");
    // The office already cites its sources: add ours in the empty row after them.
    const row = `fila ${await page.getByLabel(/^Dato \(fila \d+\)$/).count()}`;
    await expect(page.getByLabel(`Fuente (${row})`)).toHaveValue("");
    await page.getByLabel(`Dato (${row})`).selectOption({ label: "Teléfono" });
    await page.getByLabel(`Fuente (${row})`).selectOption({ label: "Equipo de pruebas — Directorio de prueba (2026-11)" });
    await page.getByLabel(`Texto de la fuente que lo dice (${row})`).fill("Llame a la oficina de lunes a viernes.");
    await page.getByLabel(`Teléfono o correo que respalda (${row})`).fill(phone);
    await save(page);
    await expect(page.getByText("El texto citado debe contener el número o el correo tal como lo dice la fuente.")).toBeVisible();
    await expect(page.getByLabel(`Texto de la fuente que lo dice (${row})`)).toHaveValue("Llame a la oficina de lunes a viernes.");
    await expect(page.getByLabel(`Fuente (${row})`)).toHaveValue(/^[0-9a-f-]{36}$/);

    await page.getByLabel(`Texto de la fuente que lo dice (${row})`).fill(`Llame a la oficina al ${phone}, de lunes a viernes.`);
    await save(page);
    await expect(page.getByText("Cambios guardados.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Historial de esta ficha" }).getByText("Edición")).toBeVisible();

    await page.goto("/es/oficinas/comi-oaxaca-oaxaca-de-juarez");
    const sources = page.getByRole("region", { name: "Fuentes" });
    await expect(sources.getByRole("link", { name: "«Directorio de prueba»" })).toBeVisible();
    const ours = sources.getByRole("listitem").filter({ has: page.getByRole("link", { name: "«Directorio de prueba»" }) });
    await ours.getByText("Lo que dice la fuente").click();
    await expect(sources.getByText(`Llame a la oficina al ${phone}, de lunes a viernes.`)).toBeVisible();

    // While the office cites it, the source cannot be deleted, and its page says why.
    await page.goto("/es/admin/sources?q=directorio de prueba");
    await expect(page.getByText("1 fuente", { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Directorio de prueba" }).click();
    await expect(page.getByRole("link", { name: /^Oficina: Centro de Orientación del Migrante de Oaxaca/ })).toBeVisible();
    await page.getByRole("button", { name: "Eliminar esta fuente" }).click();
    await expect(page.getByText("No se eliminó: 1 dato la cita.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });
});
