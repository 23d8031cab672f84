import { expect, test } from "@playwright/test";
import { resultsRegion } from "./support/results";
import { editor, freshAddress, signIn } from "./support/admin";

// Issue 15: offices say the languages help is given in and whether interpreters are available;
// the directory filters by language without JavaScript, and each card says what is known.
test.describe("languages at the service", () => {
  test("an editor records Portuguese and interpreters; the directory filters by it without JavaScript and the card says so", async ({ page, browser, baseURL }) => {
    await page.context().setExtraHTTPHeaders(freshAddress());
    await signIn(page, editor);
    await page.goto("/es/admin/offices");
    await page.getByRole("link", { name: /ACNUR.*Guadalajara/ }).click();
    await expect(page.getByRole("button", { name: "Guardar cambios" })).toBeVisible();
    await page.getByRole("checkbox", { name: "portugués (pt)" }).check();
    await page.getByLabel("¿Hay intérpretes?").selectOption("yes");
    await page.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(page.getByText("Cambios guardados.")).toBeVisible();

    const reader = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "es-MX" });
    const visitor = await reader.newPage();
    await visitor.goto("/es/directorio");
    // The menu offers only languages some office is known to use, with how many.
    await visitor.getByLabel("Idioma que hablan").selectOption({ label: "portugués (1)" });
    await visitor.getByRole("button", { name: "Buscar", exact: true }).click();
    await expect(visitor).toHaveURL(/[?&]language=pt(&|$)/);
    const results = resultsRegion(visitor);
    const cards = results.getByRole("article");
    await expect(cards).toHaveCount(1);
    await expect(cards.first().getByRole("heading", { level: 4 })).toContainText("ACNUR");
    await expect(cards.first()).toContainText("Atención en: portugués · Intérpretes: sí");

    // The office page says the same, and an office nobody has said anything about says "no consta".
    await visitor.goto("/es/oficinas/acnur-guadalajara");
    await expect(visitor.getByRole("main")).toContainText("Atención en: portugués · Intérpretes: sí");
    await visitor.goto("/es/oficinas/acnur-ciudad-juarez");
    await expect(visitor.getByRole("main")).toContainText("Idiomas de atención: no consta · Intérpretes: no consta");
    await reader.close();
  });
});
