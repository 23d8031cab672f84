import { expect, test } from "@playwright/test";

test.describe("open data (HSDS 3.0)", () => {
  test("the API serves the directory to anyone, in either language", async ({ request }) => {
    const response = await request.get("/api/hsds/organizations?per_page=5&lang=en");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const page = (await response.json()) as { total_items: number; contents: { id: string; name: string }[] };
    expect(page.total_items).toBeGreaterThan(5);
    expect(page.contents).toHaveLength(5);
    const organization = await (await request.get(`/api/hsds/organizations/${page.contents[0]!.id}?lang=en`)).json();
    expect(organization).toMatchObject({ id: page.contents[0]!.id, name: page.contents[0]!.name, locations: expect.any(Array) });
  });

  test("a wrong language is refused with the parameter named", async ({ request }) => {
    const response = await request.get("/api/hsds/services?lang=de");
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: "lang" });
  });
});
