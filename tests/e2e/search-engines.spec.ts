import { expect, test } from "@playwright/test";

test.describe("for search engines", () => {
  test("each page has its own title, description, canonical URL and hreflang alternates", async ({ page }) => {
    await page.goto("/es/organizaciones/cdh-fray-matias");
    await expect(page).toHaveTitle(/Fray Matías.*Amparo/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/es\/organizaciones\/cdh-fray-matias$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/organizations\/cdh-fray-matias$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/es\/organizaciones\/cdh-fray-matias$/);
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /\/fr\/organisations\/cdh-fray-matias$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ht"]')).toHaveAttribute("href", /\/ht\/oganizasyon\/cdh-fray-matias$/);
    await expect(page.locator('link[rel="alternate"][hreflang="pt"]')).toHaveAttribute("href", /\/pt\/organizacoes\/cdh-fray-matias$/);

    await page.goto("/en/legal-information");
    await expect(page).toHaveTitle(/Your rights.*Amparo/);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/informacion-legal$/);
  });

  test("the sitemap lists every organisation and note in every language", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain("/es/organizaciones/asylum-access-mexico</loc>");
    expect(xml).toContain("/en/organizations/asylum-access-mexico</loc>");
    expect(xml).toContain("/en/legal-information/comar-application-deadline</loc>");
    expect(xml).toMatch(/hreflang="en"/);
    expect(xml).toContain("/fr/organisations/asylum-access-mexico</loc>");
    expect(xml).toContain("/ht/enfomasyon-legal/comar-application-deadline</loc>");
    expect(xml).toContain("/pt/diretorio</loc>");
    expect(xml).toMatch(/hreflang="ht"/);
  });

  test("robots.txt allows the site and points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/Allow: \//);
    expect(text).toMatch(/Disallow: \/api\//);
    expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });
});
