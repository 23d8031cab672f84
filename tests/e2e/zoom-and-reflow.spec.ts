import { expect, test, type Page } from "@playwright/test";

// 200% zoom on a 390 px phone leaves 195 CSS px; WCAG 1.4.10 (reflow) asks for
// 320 CSS px without scrolling in two directions. One page of each public type.
const pages = [
  "/es",
  "/es/directorio?city=tapachula",
  "/en/organizations/cdh-fray-matias",
  "/es/oficinas/cdh-fray-matias-tapachula",
  "/en/legal-information",
  "/es/informacion-legal/refugee-law-mexico",
];
const widths = [195, 320];

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // What sticks out, to say what to fix when this fails.
    const culprits = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}: ${element.textContent?.slice(0, 40)}`);
    return { scrolls: document.documentElement.scrollWidth > width, culprits };
  });
}

for (const width of widths) {
  test.describe(`at ${width} CSS px wide`, () => {
    test.use({ viewport: { width, height: 640 } });
    for (const path of pages) {
      test(`${path} reflows without horizontal scrolling`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        expect(await horizontalOverflow(page)).toEqual({ scrolls: false, culprits: [] });
        const heading = page.getByRole("main").getByRole("heading", { level: 1 });
        await expect(heading).toBeVisible();
        const box = (await heading.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      });
    }
  });
}
