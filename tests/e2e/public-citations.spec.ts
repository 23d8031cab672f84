import { expect, test, type APIRequestContext } from "@playwright/test";

// Seed documents are files in shared/seeds named like "NNN_<16 hex digits>.txt": a reader must see
// the document's title, publisher and date instead (issue 12).
const seedFileName = /\d{3}_[0-9a-f]{16}\.txt/;
// "… (ACNUR) (ACNUR)": an acronym printed after a name that already ends with it.
const doubledAcronym = /\(([^()<>]{2,40})\)\s*\(\1\)/;

const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ");

async function html(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

const linksTo = (page: string, prefix: string) => [...new Set([...page.matchAll(new RegExp(`href="(${prefix}/[a-z0-9-]+)"`, "g"))].map((m) => m[1]!))];

for (const { locale, organizations, legal, directory } of [
  { locale: "es", organizations: "/es/organizaciones", legal: "/es/informacion-legal", directory: "/es/directorio" },
  { locale: "en", organizations: "/en/organizations", legal: "/en/legal-information", directory: "/en/directory" },
]) {
  test(`no public page in ${locale} names a seed file or prints an acronym twice`, async ({ request }) => {
    test.setTimeout(180_000);
    const lists = await Promise.all([`/${locale}`, organizations, legal, directory].map((path) => html(request, path)));
    const [, organizationList, legalList] = lists;
    const pages = [...linksTo(organizationList!, organizations), ...linksTo(legalList!, legal)];
    expect(pages.length).toBeGreaterThan(20);
    const checked = lists.map((page, index) => ({ path: `list ${index}`, page }));
    for (const path of pages) checked.push({ path, page: await html(request, path) });
    for (const { path, page } of checked) {
      expect(page.match(seedFileName)?.[0], path).toBeUndefined();
      expect(visibleText(page).match(doubledAcronym)?.[0], path).toBeUndefined();
    }
  });
}

test("a legal note cites its seed documents by title, publisher and date", async ({ page }) => {
  await page.goto("/es/informacion-legal/refugee-law-mexico");
  const sources = page.getByRole("region", { name: "Fuentes" });
  await expect(sources).toContainText("Kino Border Initiative");
  await expect(sources).toContainText("«Asylum Seekers in Mexico»");
  await expect(sources).toContainText("marzo de 2024");
  await page.goto("/en/legal-information/refugee-law-mexico");
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("March 2024");
});

test("an office page names the sources of its facts, with their words and dates", async ({ page }) => {
  await page.goto("/es/oficinas/comar-tapachula");
  const sources = page.getByRole("region", { name: "Fuentes" });
  await expect(sources).toContainText("cuartopoder.mx, 30 de septiembre de 2025");
  await expect(page.getByText(/Datos comparados con fuentes públicas el \d+ de \w+ de \d{4}/)).toBeVisible();
  // The words of the source are one tap away, without JavaScript.
  const quote = sources.getByText("El Centro de Multiservicios tiene un horario de 7:00 a 15:00 horas", { exact: false });
  await expect(quote).toBeHidden();
  await sources.locator("li", { hasText: "30 de septiembre de 2025" }).getByText("Lo que dice la fuente").click();
  await expect(quote).toBeVisible();
  await expect(sources.getByRole("link", { name: "cuartopoder.mx" }).first()).toHaveAttribute("href", /^https:\/\/www\.cuartopoder\.mx\//);
});

test("a fact that only old sources state is marked as possibly outdated", async ({ page }) => {
  await page.goto("/en/offices/albergue-hijo-prodigo-mexicali");
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources).toContainText("Address: Possibly outdated: the newest source is from November 10, 2022.");
  await page.goto("/en/offices/comar-tapachula");
  await expect(page.getByRole("region", { name: "Sources" })).not.toContainText("Possibly outdated");
});

test("an organisation without offices or contacts does not send people to contact details that do not exist", async ({ page }) => {
  await page.goto("/es/organizaciones/centro-prodh");
  const offices = page.getByRole("region", { name: "Oficinas" });
  await expect(offices).toContainText("Las fuentes no dan la dirección de ninguna oficina ni datos de contacto.");
  await expect(offices).not.toContainText("datos de contacto de arriba");
  await page.goto("/es/organizaciones/hias-mexico");
  await expect(page.getByRole("region", { name: "Oficinas" })).toContainText("Use los datos de contacto de arriba.");
});
