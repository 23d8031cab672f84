import { expect, test, type Page } from "@playwright/test";
import { resultsRegion } from "./support/results";

// Remote help (phone lines, information resources) is not a place to go, US places are
// grouped apart, and an office's contacts are its own: docs/decisions/016-remote-listings.md.

// The headings of the groups of results (the results' other level-3 heading names the active filters).
const groupHeadings = (page: Page) =>
  resultsRegion(page)
    .getByRole("region")
    .getByRole("heading", { level: 3 })
    .allTextContents();
const cardNames = (page: Page, group: string) => page.getByRole("region", { name: group }).getByRole("heading", { level: 4 }).allTextContents();

test.describe("remote listings and places abroad", () => {
  test("remote help comes in its own group after the places, and gives no directions or city, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX", viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto("/es/directorio?population=lgbtqi");
    const headings = await groupHeadings(page);
    expect(headings.at(-1)).toBe("Líneas telefónicas y ayuda a distancia");
    expect(headings.indexOf("Lugares en México")).toBeLessThan(headings.length - 1);
    const remote = page.getByRole("region", { name: "Líneas telefónicas y ayuda a distancia" });
    const cgrs = remote.getByRole("article").filter({ hasText: "Center for Gender & Refugee Studies" });
    await expect(cgrs).toContainText("Ayuda a distancia");
    await expect(cgrs).not.toContainText("San Francisco, California");
    await expect(cgrs.getByRole("link", { name: /Cómo llegar/ })).toHaveCount(0);
    // Nothing wider than the screen at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await cgrs.getByRole("link", { name: /Ver la ficha de Center for Gender/ }).click();
    await expect(page).toHaveURL(/\/es\/oficinas\/cgrs-san-francisco$/);
    await expect(page.getByText("Atención a distancia", { exact: true })).toBeVisible();
    await expect(page.locator("address")).toHaveCount(0);
    await expect(page.getByText("200 McAllister Street")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Cómo llegar/ })).toHaveCount(0);
    await context.close();
  });

  // Issue 12: a number a source prints without its area code is shown as written, never as a call link, and says so;
  // CNDH's 24-hour desk now gives numbers that can be dialled (a newer source), each with its own tap-to-call link.
  test("a national line's number kept as its source prints it is not offered as a call", async ({ page }) => {
    await page.goto("/es/oficinas/comar-linea-telefonica");
    // The contact, not the quoted source that also gives the number.
    const contacts = page.getByRole("main").getByRole("listitem").filter({ has: page.getByText("5209-8800", { exact: true }) });
    await expect(contacts).toContainText("tal como lo publica la fuente");
    await expect(contacts.locator('a[href^="tel:"]')).toHaveCount(0);
    await page.goto("/en/offices/cndh-guardia-24-horas");
    await expect(page.getByRole("link", { name: /\+52 55 5681 8125/ })).toHaveAttribute("href", "tel:+525556818125");
    await expect(page.getByRole("link", { name: /800 715 2000/ })).toHaveAttribute("href", "tel:+528007152000");
    await expect(page.getByText("as the source prints it")).toHaveCount(0);
  });

  test("a US research centre is not a city to choose, and US places sit in their own group after Mexico's", async ({ page }) => {
    await page.goto("/en/directory");
    const city = page.getByLabel("City");
    const groups = await city.locator("optgroup").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("label")));
    expect(groups.at(-1)).toBe("United States");
    expect(groups).toContain("Chiapas");
    const us = city.locator('optgroup[label="United States"] option');
    await expect(us).toHaveText([/^Chula Vista, California \(\d+\)$/]);
    await expect(city.locator('option[value="san-francisco"]')).toHaveCount(0);
    await expect(page.getByLabel("State").locator('optgroup[label="United States"] option')).toHaveText([/^California \(\d+\)$/]);

    // Page by page, the groups come in one order: Mexico, the United States, remote help.
    const seen: string[] = [];
    const pageCount = Number((await page.getByText(/^Page 1 of \d+$/).textContent())!.match(/of (\d+)/)![1]);
    for (let number = 1; number <= pageCount; number++) {
      await page.goto(`/en/directory?page=${number}`);
      for (const heading of await groupHeadings(page)) if (seen.at(-1) !== heading) seen.push(heading);
      if (seen.includes("Places in United States") && !seen.includes("Phone lines and remote help")) {
        expect(await cardNames(page, "Places in United States")).toEqual([expect.stringContaining("Proyecto Citlalli")]);
      }
    }
    expect(seen).toEqual(["Places in Mexico", "Places in United States", "Phone lines and remote help"]);
  });

  test("choosing a city keeps the national phone lines, in their own group", async ({ page }) => {
    await page.goto("/es/directorio?city=tapachula");
    const headings = await groupHeadings(page);
    expect(headings).toEqual(["Lugares en México", "Líneas telefónicas y ayuda a distancia"]);
    const remote = page.getByRole("region", { name: "Líneas telefónicas y ayuda a distancia" });
    await expect(remote).toContainText("atienden en todo el país");
    expect((await cardNames(page, "Líneas telefónicas y ayuda a distancia")).join(" ")).toContain("COMAR");
  });

  test("an office with no contacts of its own says so and shows the organisation's, labelled as the main office", async ({ page }) => {
    await page.goto("/es/oficinas/asylum-access-mexico-tijuana");
    await expect(page.getByText("Esta oficina no tiene datos de contacto propios.")).toBeVisible();
    const organization = page.getByRole("region", { name: "Contacto de la organización (Asylum Access México)" });
    await expect(organization.locator('a[href="tel:+525515180730"]')).toBeVisible();
    await expect(organization).toContainText("Oficina principal (Ciudad de México)");
    await expect(organization).toContainText("Solo para medios de comunicación");

    // On the organisation page the branch points to the organisation's contact instead of repeating it.
    await page.goto("/en/organizations/asylum-access-mexico");
    const tijuana = page.getByRole("article", { name: "Tijuana office" });
    await expect(tijuana).toContainText("This office has no contact details of its own.");
    await expect(tijuana.locator('a[href^="tel:"]')).toHaveCount(0);
    await tijuana.getByRole("link", { name: "organisation's contact details" }).click();
    await expect(page).toHaveURL(/#contact$/);

    // The directory card says whose number it is.
    await page.goto("/en/directory?city=tijuana&q=asylum+access");
    const card = page.getByRole("article").filter({ hasText: "Asylum Access Mexico" }).first();
    await expect(card).toContainText("This office has no contact details of its own.");
    await expect(card).toContainText("Main office (Mexico City)");
  });
});
