import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// One page of each public type, in Spanish and English, and a page in each other language (with its
// Spanish fallbacks and their marks), at the phone width of the project's config.
const pages = [
  "/es",
  "/en/directory?service=shelter",
  "/es/directorio?q=zzqqxxww",
  "/en/organizations",
  "/es/organizaciones/casa-del-migrante",
  "/es/oficinas/casa-del-migrante-nuevo-laredo",
  "/en/legal-information",
  "/es/informacion-legal/comar-application-deadline",
  "/en/directory?city=tapachula&o=cdh-fray-matias-tapachula",
  "/es/referencias?o=cdh-fray-matias-tapachula&o=casa-del-migrante-nuevo-laredo",
  "/es/calcular-plazo?entrada=2025-01-31",
  "/en/deadline-calculator?entrada=31%2F02%2F2026",
  "/es/navegar-seguro",
  "/fr/bureaux/cdh-fray-matias-tapachula",
  "/ht/enfomasyon-legal/children-seeking-protection",
  "/pt/diretorio?q=Tapachula",
];

for (const path of pages) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const serious = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(serious).toEqual([]);
  });
}
