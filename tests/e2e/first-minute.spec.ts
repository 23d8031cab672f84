// The first minute on a phone (issue 14, decision 022): what to do now on the first screen of the home page,
// the results first after a search with the filters folded into one line, trust signals that say only what the
// data holds, and filters beside the results on a laptop.
import { expect, test, type Page } from "@playwright/test";
import { resultsName } from "./support/results";

const phones = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

const firstCardHeading = (page: Page) => page.getByRole("article").first().getByRole("heading", { level: 4 });

for (const viewport of phones) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const text of [
      {
        path: "/es",
        search: "¿Qué necesita?",
        steps: "Qué hacer ahora",
        deadline: "Calcule su plazo",
        help: "Busque ayuda legal gratuita cerca de usted",
        exit: "Salida rápida",
      },
      {
        path: "/en",
        search: "What do you need?",
        steps: "What to do now",
        deadline: "Work out your deadline",
        help: "Find free legal help near you",
        exit: "Quick exit",
      },
    ]) {
      test(`${text.path}: the search, the three steps and the exit are on the first screen`, async ({ page }) => {
        await page.goto(text.path);
        const fully = { ratio: 1 };
        await expect(page.getByLabel(text.search).first()).toBeInViewport(fully);
        await expect(page.getByRole("heading", { name: text.steps })).toBeInViewport(fully);
        const steps = page.getByRole("region", { name: text.steps }).getByRole("listitem");
        await expect(steps).toHaveCount(3);
        for (const step of await steps.all()) await expect(step).toBeInViewport(fully);
        await expect(steps.nth(0)).toContainText("COMAR");
        await expect(steps.nth(0)).toContainText("30");
        await expect(steps.nth(0).getByRole("link", { name: text.deadline })).toHaveAttribute("href", /\/(calcular-plazo|deadline-calculator)$/);
        await expect(steps.nth(1).getByRole("link", { name: text.help })).toHaveAttribute("href", /\/(directorio|directory)$/);
        await expect(steps.nth(2).getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
        await expect(page.getByRole("link", { name: text.exit })).toBeInViewport(fully);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      });
    }

    test("after a search the filters fold into one line saying what is applied, and the results come first", async ({ page }) => {
      await page.goto("/es/directorio?q=abogado&city=tapachula");
      const summary = page.locator("#filters > summary");
      await expect(summary).toHaveText("«abogado» · Tapachula — cambiar");
      await expect(summary).toBeInViewport({ ratio: 1 });
      await expect(page.getByLabel("¿Qué necesita?")).toBeHidden();
      await expect(page.getByRole("status").filter({ hasText: /resultados?/ })).toBeInViewport();
      if (viewport.height >= 844) await expect(firstCardHeading(page)).toBeInViewport({ ratio: 1 });
      // Opening it shows the whole form, in place, with the search filled in.
      await summary.click();
      await expect(page.getByLabel("¿Qué necesita?")).toHaveValue("abogado");
      await expect(page.getByLabel("Ciudad")).toHaveValue("tapachula");
    });

    test("with nothing searched the filters stay open", async ({ page }) => {
      await page.goto("/es/directorio");
      await expect(page.locator("#filters")).toHaveAttribute("open", "");
      await expect(page.getByLabel("¿Qué necesita?")).toBeVisible();
    });
  });
}

test.describe("at 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a search with a kind of help puts the first result on the first screen", async ({ page }) => {
    await page.goto("/es/directorio?city=tapachula&service=legal_representation");
    await expect(page.locator("#filters > summary")).toHaveText("Tapachula · Representación legal — cambiar");
    await expect(firstCardHeading(page)).toBeInViewport({ ratio: 1 });
  });

  test("without JavaScript the summary opens the form in place, and the form still searches", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-MX", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/es/directorio?city=tapachula&service=legal_representation");
    await expect(firstCardHeading(page)).toBeInViewport({ ratio: 1 });
    await expect(page.getByLabel("Tipo de ayuda")).toBeHidden();
    await page.locator("#filters > summary").click();
    await expect(page.getByLabel("Tipo de ayuda")).toBeVisible();
    await expect(page).toHaveURL(/city=tapachula/);
    await page.getByLabel("Tipo de ayuda").selectOption("");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/city=tapachula/);
    // Without JavaScript the form sends its empty fields too: the kind of help is empty now.
    await expect(page).not.toHaveURL(/service=[a-z]/);
    await expect(page.locator("#filters > summary")).toHaveText("Tapachula — cambiar");
    await context.close();
  });
});

test.describe("trust signals that agree", () => {
  const card = (page: Page, name: RegExp) => page.getByRole("article").filter({ has: page.getByRole("heading", { name }) }).first();

  test("a card says free only where the sources do, and to call before going where no hours are published", async ({ page }) => {
    await page.goto("/es/directorio?city=guadalajara");
    // FM4 Paso Libre: cost not given by the sources; hours published.
    const fm4 = card(page, /FM4 Paso Libre/);
    await expect(fm4).toContainText("¿Cobra? Nuestras fuentes no lo dicen: pregunte antes de ir.");
    await expect(fm4).not.toContainText("Gratuito");
    await expect(fm4).not.toContainText("llame antes de ir");
    // The Federal Public Defender's Institute: marked free of charge, backed by its sources.
    const ifdp = card(page, /Instituto Federal de Defensoría Pública/);
    await expect(ifdp).toContainText("Gratuito");
    await expect(ifdp).not.toContainText("¿Cobra?");
    // A place to go without published hours.
    await expect(card(page, /El Refugio Casa del Migrante/)).toContainText("Horario no publicado: llame antes de ir.");
  });

  test("the home page promises only that applying is free, and links to where to report", async ({ page }) => {
    await page.goto("/en");
    const free = page.getByRole("region", { name: "Applying for refugee status is free" });
    await expect(free).toContainText("where our sources confirm it, the listing says “Free”");
    await free.getByRole("link", { name: "How to avoid fraud and where to report it" }).click();
    await expect(page).toHaveURL(/\/en\/legal-information\/avoid-fraud$/);
  });

  test("“open now” is offered only when enough of the results publish their hours", async ({ page }) => {
    // Few listings of the real directory publish hours: the filter is not offered, and the page says why.
    await page.goto("/es/directorio");
    await expect(page.getByLabel(/Abierto ahora/)).toHaveCount(0);
    await expect(page.getByText("«Abierto ahora» no se ofrece aquí")).toBeVisible();
    // Once on (from a shared link), it stays, so that it can be turned off.
    await page.goto("/es/directorio?open=1");
    await page.locator("#filters > summary").click();
    await expect(page.getByLabel(/Abierto ahora/)).toBeChecked();
  });

  test("the fraud box says where to report, with contacts from the data only", async ({ page }) => {
    await page.goto("/es/organizaciones/hias-mexico");
    const box = page.getByRole("complementary", { name: "Cuidado con los fraudes" });
    await expect(box.getByRole("heading", { name: "Dónde denunciarlo" })).toBeVisible();
    await expect(box.getByRole("link", { name: "ethics@hias.org" })).toHaveAttribute("href", "mailto:ethics@hias.org");
    await expect(box).toContainText("con los datos de contacto de esta página");
    await expect(box.getByRole("link", { name: /CNDH/ })).toHaveAttribute("href", "/es/organizaciones/cndh");
    await expect(box.getByRole("link", { name: "Cómo evitar fraudes" })).toHaveAttribute("href", "/es/informacion-legal/avoid-fraud");
  });
});

test.describe("on a laptop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("filters and results sit side by side and use the width", async ({ page }) => {
    await page.goto("/es/directorio?q=abogado&city=tapachula");
    const search = page.getByLabel("¿Qué necesita?");
    await expect(search).toBeVisible();
    await expect(page.locator("#filters > summary")).toBeHidden();
    const form = (await page.getByRole("search").boundingBox())!;
    const heading = (await page.getByRole("heading", { name: resultsName }).boundingBox())!;
    expect(form.x + form.width).toBeLessThanOrEqual(heading.x);
    // Side by side: both start within the first screen, at about the same height.
    expect(Math.abs(form.y - heading.y)).toBeLessThan(100);
    await expect(firstCardHeading(page)).toBeInViewport();
    const main = (await page.locator("main").boundingBox())!;
    expect(main.width).toBeGreaterThan(1000);
  });

  test("the organisations list uses the width too, its cards two by two", async ({ page }) => {
    await page.goto("/es/organizaciones");
    const cards = page.locator("main > div > ul > li");
    const first = (await cards.nth(0).boundingBox())!;
    const second = (await cards.nth(1).boundingBox())!;
    expect(second.x).toBeGreaterThan(first.x + first.width);
    expect(second.y).toBe(first.y);
  });

  test("a reading page keeps its narrow column", async ({ page }) => {
    await page.goto("/es/informacion-legal/avoid-fraud");
    const main = (await page.locator("main").boundingBox())!;
    expect(main.width).toBeLessThanOrEqual(768);
  });
});
