import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Issue 13: the directory reads what people type. Phone width (the project's viewport).
const count = (page: Page) => page.getByRole("status").filter({ hasText: /resultados?|results?/ });
const understood = (page: Page) => page.getByRole("list", { name: /Así leímos su búsqueda|How we read your search/ });

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious).toEqual([]);
}

test.describe("search that understands people", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`"abogado en tapachula" is legal help in Tapachula, and Tapachula can be undone (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, locale: "es-MX", viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto("/es/directorio");
      await page.getByLabel("¿Qué necesita?").fill("abogado en tapachula");
      await page.getByRole("button", { name: "Buscar" }).click();
      await expect(page).toHaveURL(/q=abogado\+en\+tapachula/);
      const chips = understood(page);
      await expect(chips.getByRole("link", { name: "Quitar «abogado» de la búsqueda: Representación legal" })).toBeVisible();
      const tapachula = chips.getByRole("link", { name: "Quitar «tapachula» de la búsqueda: Tapachula" });
      await expect(tapachula).toBeVisible();
      // The places listed are in Tapachula.
      const places = page.getByRole("region", { name: "Lugares en México" });
      await expect(places.getByRole("article").first()).toContainText("Tapachula");
      for (const card of await places.getByRole("article").all()) await expect(card).toContainText("Tapachula");
      const inTapachula = await count(page).textContent();
      if (javaScriptEnabled) await expectNoSeriousViolations(page);

      await tapachula.click();
      await expect(page).toHaveURL(/\/es\/directorio\?q=abogado$/);
      await expect(page.getByLabel("¿Qué necesita?")).toHaveValue("abogado");
      await expect(chips.getByRole("link", { name: /Tapachula/ })).toHaveCount(0);
      await expect(chips.getByRole("link", { name: /Representación legal/ })).toBeVisible();
      await expect(count(page)).not.toHaveText(inTapachula!);
      await context.close();
    });
  }

  test("a place typed that the menus override is said, not dropped, and one link searches it instead (no JavaScript)", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX", viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/es/directorio?q=abogado+en+tapachula&city=tijuana");
    await expect(page.getByText("Usted escribió «tapachula», pero se buscó en el estado o la ciudad elegidos en «¿Dónde?».")).toBeVisible();
    await expect(understood(page).getByRole("link", { name: /Tapachula/ })).toHaveCount(0);
    await page.getByRole("link", { name: "Buscar en Tapachula" }).click();
    await expect(page).toHaveURL(/\/es\/directorio\?q=abogado\+en\+tapachula$/);
    await expect(understood(page).getByRole("link", { name: "Quitar «tapachula» de la búsqueda: Tapachula" })).toBeVisible();
    await expect(page.getByText(/Usted escribió «tapachula»/)).toHaveCount(0);
    await context.close();
  });

  test("a question shows the legal note that answers it, above the listings, in the reader's language", async ({ page }) => {
    await page.goto("/es/directorio");
    await page.getByLabel("¿Qué necesita?").fill("¿cuántos días tengo para pedir refugio?");
    await page.getByRole("button", { name: "Buscar" }).click();
    const answer = page.getByRole("region", { name: "Respuesta de la información legal" });
    await expect(answer).toContainText("30 días hábiles");
    await expectNoSeriousViolations(page);
    await answer.getByRole("link", { name: "El plazo para pedir refugio ante la COMAR" }).click();
    await expect(page).toHaveURL(/\/es\/informacion-legal\/comar-application-deadline$/);

    await page.goto(`/en/directory?q=${encodeURIComponent("how many days do I have to apply for asylum")}`);
    await expect(page.getByRole("region", { name: "Answer from the legal information" })).toContainText("30 working days");
  });

  test("a search that finds nothing suggests nearby searches that do, and each leads to as many results as it says", async ({ page }) => {
    await page.goto("/es/directorio?q=albergue+en+tuxtla");
    await expect(count(page)).toHaveText("Ningún resultado");
    const suggestions = page.getByRole("region", { name: "Búsquedas cercanas con resultados" });
    const inState = suggestions.getByRole("link", { name: /^En todo Chiapas \((\d+) resultados?/ });
    await expect(inState).toBeVisible();
    await expectNoSeriousViolations(page);
    const promised = /\((\d+) resultados?/.exec((await inState.textContent()) ?? "")?.[1];
    await inState.click();
    await expect(page).toHaveURL(/state=chiapas/);
    await expect(count(page)).toHaveText(`${promised} resultado${promised === "1" ? "" : "s"}`);
    await expect(page.getByLabel("Estado")).toHaveValue("chiapas");
  });
});
