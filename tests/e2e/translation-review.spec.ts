// "Translation not yet reviewed by a native speaker" (decision 028): shown next
// to the urgent texts in French until an editor marks that text reviewed in
// French, and never in Spanish. The test takes its mark back at the end.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

const frenchMark = "Traduction pas encore relue par une personne de langue maternelle.";
const homeDeadline = (page: Page) => page.locator('section[aria-labelledby="deadline"]');
const homeFree = (page: Page) => page.locator('section[aria-labelledby="free"]');

test.describe("translations awaiting review", () => {
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders(freshAddress());
  });

  test("the French urgent texts carry the mark, the Spanish ones never", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(homeDeadline(page).getByText(frenchMark)).toBeVisible();
    await expect(homeFree(page).getByText(frenchMark)).toBeVisible();
    for (const [path, textId] of [["/fr/calculer-delai", "deadline-calculator"], ["/fr/naviguer-en-securite", "quick-exit"]]) {
      await page.goto(path!);
      await expect(page.locator(`[data-review-mark="${textId}"]`), path).toHaveText(frenchMark);
    }
    await page.goto("/fr/informations-juridiques/comar-application-deadline");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('[data-review-mark="note-comar-application-deadline"]')).toHaveText(frenchMark);
    await page.goto("/fr/informations-juridiques/non-refoulement");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("[data-review-mark]")).toHaveCount(0);

    for (const path of ["/es", "/es/calcular-plazo", "/es/navegar-seguro", "/es/informacion-legal/comar-application-deadline", "/es/informacion-legal/avoid-fraud"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("[data-review-mark]"), path).toHaveCount(0);
    }
  });

  test("an editor marks the home page's deadline text reviewed in French, and its mark goes", async ({ page }) => {
    test.slow();
    await signIn(page, editor);
    await page.getByRole("navigation", { name: "Navegación de administración" }).getByRole("link", { name: "Traducciones" }).click();
    await expect(page.getByRole("heading", { name: "Traducciones por revisar", level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    const item = page.locator("#review-home-deadline-fr");
    await expect(item.getByText("Sin revisar")).toBeVisible();
    await item.getByRole("button", { name: "Marcar como revisada en francés" }).click();
    // The answer stands next to the text, where the page opens.
    await expect(page.locator("#review-home-deadline-fr").getByRole("status")).toContainText("«Inicio: el plazo de 30 días hábiles» en francés: marcada como revisada.");
    await expect(page.locator("#review-home-deadline-fr").getByText(/^Revisada el /)).toBeVisible();

    await page.goto("/fr");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(homeDeadline(page).locator("[data-review-mark]")).toHaveCount(0);
    // Only that text: the fraud warning beside it still waits for its review.
    await expect(homeFree(page).getByText(frenchMark)).toBeVisible();

    await page.goto("/es/admin/audit?entityType=translation_review");
    await expect(page.getByRole("link", { name: "Traducción home-deadline:fr" })).toBeVisible();

    // Taken back, the mark returns.
    await page.goto("/es/admin/translations");
    await page.locator("#review-home-deadline-fr").getByRole("button", { name: "Quitar la revisión en francés" }).click();
    await expect(page.locator("#review-home-deadline-fr").getByRole("status")).toContainText("ya no está marcada como revisada");
    await page.goto("/fr");
    await expect(homeDeadline(page).getByText(frenchMark)).toBeVisible();
  });
});
