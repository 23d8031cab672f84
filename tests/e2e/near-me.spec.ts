import { expect, test, type Request } from "@playwright/test";

// A point in Tapachula, about 1.5 km from its centre. Written the ways it could
// appear in a URL or a body, to check none of them ever leaves the browser.
const here = { latitude: 14.9101, longitude: -92.2502 };
const traces = ["14.91", "14,91", "92.25", "92,25", "14.9101", "92.2502"];

test.describe("distances from where the person is", () => {
  test.use({ geolocation: here, permissions: ["geolocation"] });

  test("shows how far each result is, worked out on the phone, and sends the location nowhere", async ({ page }) => {
    const sent: string[] = [];
    const record = (request: Request) => sent.push(`${request.url()} ${request.postData() ?? ""} ${JSON.stringify(request.headers())}`);
    page.on("request", record);

    await page.goto("/es/directorio?city=tapachula");
    const cards = page.getByRole("article");
    await expect(cards.first()).toBeVisible();
    await expect(page.getByText(/km de usted/)).toHaveCount(0);
    await page.getByRole("button", { name: "Usar mi ubicación" }).click();
    await expect(page.getByText("Cada resultado muestra ahora")).toBeVisible();
    // The seed has no office coordinates yet, so the distance is to the city centre, and says so.
    const nearby = await cards.first().getByText(/≈ .* km de usted \(al centro de la ciudad\)/).textContent();
    const km = Number(nearby!.match(/≈ ([\d.,]+) km/)![1]!.replace(",", "."));
    expect(km).toBeGreaterThan(0.5);
    expect(km).toBeLessThan(10);

    await page.goto("/es/directorio?city=ciudad-de-mexico");
    await page.getByRole("button", { name: "Usar mi ubicación" }).click();
    const far = await page.getByRole("article").first().getByText(/≈ .* km de usted/).textContent();
    // Tapachula to Mexico City: about 870 km in a straight line.
    const farKm = Number(far!.match(/≈ ([\d.,]+) km/)![1]!.replace(/[.,\s\u00a0\u202f]/g, ""));
    expect(farKm).toBeGreaterThan(800);
    expect(farKm).toBeLessThan(950);

    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) for (const trace of traces) expect(request).not.toContain(trace);
  });

  test("explains when permission is refused, and the results stay", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US", permissions: [] });
    const page = await context.newPage();
    await page.goto("/en/directory?city=tapachula");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByText("You did not allow your location to be used")).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
    await context.close();
  });
});

test("without JavaScript there is no location button and the directory still works", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "es-MX", javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/es/directorio?city=tapachula");
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Usar mi ubicación" })).toHaveCount(0);
  await context.close();
});

test("only the directory may ask for the location", async ({ request }) => {
  for (const path of ["/es/directorio", "/en/directory"]) {
    const policy = (await request.get(path)).headers()["permissions-policy"];
    expect(policy).toContain("geolocation=(self)");
    expect(policy).toMatch(/camera=\(\).*microphone=\(\)/);
  }
  for (const path of ["/es", "/es/organizaciones", "/es/informacion-legal", "/api/health"]) {
    expect((await request.get(path)).headers()["permissions-policy"]).toContain("geolocation=()");
  }
});
