import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

// The e2e server runs with API_RATE_LIMIT=20 (playwright.config.ts). Each test
// calls from its own random documentation address, in a /64 of its own (the
// site counts an IPv6 client by its /64), so the limits never mix.
const address = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const api = (request: APIRequestContext, from: string) => ({
  get: (path: string, headers: Record<string, string> = {}) => request.get(path, { headers: { "x-forwarded-for": from, ...headers } }),
});

test.describe("the public API", () => {
  test("gives the same results as the directory page for the same filters", async ({ page, request }) => {
    const query = "state=chiapas";
    await page.goto(`/en/directory?${query}`);
    // Each card links to its office (or to its organisation when it has none).
    const links = page.getByRole("article").getByRole("heading", { level: 4 }).getByRole("link");
    const slugs = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")))).map((href) => href!.split("/").at(-1));
    expect(slugs.length).toBeGreaterThan(1);
    const response = await api(request, address()).get(`/api/v1/offices?${query}&lang=en`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    type Item = { organization: { slug: string }; office: { slug: string } | null };
    expect(body.data.map((item: Item) => item.office?.slug ?? item.organization.slug)).toEqual(slugs);
    await expect(page.getByRole("status").filter({ hasText: /results?/ })).toHaveText(`${body.meta.total} results`);
  });

  test("names the parameter it refuses", async ({ request }) => {
    const calls = api(request, address());
    for (const [path, parameter] of [
      ["/api/v1/offices?citty=tijuana", "citty"],
      ["/api/v1/services?service=lawyers", "service"],
      ["/api/v1/organizations?city=atlantis", "city"],
      ["/api/v1/offices/acnur-tijuana?lang=xx", "lang"],
    ]) {
      const response = await calls.get(path!);
      expect(response.status()).toBe(400);
      const { error } = await response.json();
      expect(error.parameter).toBe(parameter);
      expect(error.message).toContain(parameter);
    }
    expect((await calls.get("/api/v1/offices/no-such-office")).status()).toBe(404);
  });

  test("answers 304 to a client whose copy is current, and lets any site read it", async ({ request }) => {
    const calls = api(request, address());
    const first = await calls.get("/api/v1/organizations/acnur");
    const headers = first.headers();
    expect(headers.etag).toMatch(/^"[\w-]+"$/);
    expect(headers["cache-control"]).toBe("public, max-age=60");
    expect(headers["access-control-allow-origin"]).toBe("*");
    const again = await calls.get("/api/v1/organizations/acnur", { "if-none-match": headers.etag! });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    const english = await calls.get("/api/v1/organizations/acnur?lang=en", { "if-none-match": headers.etag! });
    expect(english.status()).toBe(200);

    const head = await request.head("/api/v1/organizations/acnur", { headers: { "x-forwarded-for": address() } });
    expect(head.status()).toBe(200);
    expect(head.headers().etag).toBe(headers.etag);
    expect(await head.body()).toHaveLength(0);

    const preflight = await request.fetch("/api/v1/offices", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET", "x-forwarded-for": address() },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    const post = await request.post("/api/v1/offices", { headers: { "x-forwarded-for": address() } });
    expect(post.status()).toBe(405);
    expect(post.headers()["access-control-allow-origin"]).toBeUndefined();
  });

  test("a page on another origin can read it from the browser", async ({ page, baseURL }) => {
    // localhost and 127.0.0.1 are different origins: this is a real cross-origin request,
    // from a file the site serves without a Content-Security-Policy of its own.
    const other = baseURL!.replace("127.0.0.1", "localhost");
    // The browser's own favicon request is beside the point here.
    await page.route(`${other}/favicon.ico`, (route) => route.abort());
    await page.goto(`${other}/robots.txt`);
    const result = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, etag: response.headers.get("etag"), total: (await response.json()).meta.total };
    }, `${baseURL}/api/v1/offices?city=tijuana`);
    expect(result.status).toBe(200);
    expect(result.etag).toBeTruthy();
    expect(result.total).toBeGreaterThan(0);
  });

  test("refuses a client over the limit with 429 and says when to come back", async ({ request }) => {
    // Windows are aligned to the clock: start the burst well inside one, or a new window could open halfway.
    const probe = await api(request, address()).get("/api/v1/openapi.json");
    const secondsLeft = Number(probe.headers()["ratelimit-reset"]);
    if (secondsLeft < 10) await new Promise((resolve) => setTimeout(resolve, (secondsLeft + 1) * 1000));
    const calls = api(request, address());
    for (let i = 0; i < 20; i++) expect((await calls.get("/api/v1/openapi.json")).status()).toBe(200);
    const refused = await calls.get("/api/v1/openapi.json");
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await refused.json()).error.message).toMatch(/Too many requests/);
    // Another address is not affected.
    expect((await api(request, address()).get("/api/v1/openapi.json")).status()).toBe(200);
  });

  test("serves its OpenAPI description at a stable address", async ({ request }) => {
    const response = await api(request, address()).get("/api/v1/openapi.json");
    expect(response.headers()["content-type"]).toContain("application/json");
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/offices", "/api/v1/offices/{slug}", "/api/v1/organizations", "/api/v1/services"]));
  });

  test("downloads a search as CSV with a byte order mark and translated headers", async ({ request }) => {
    const response = await api(request, address()).get("/api/v1/offices.csv?city=tapachula&lang=en");
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="amparo-directory.csv"');
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8", 3).split("\r\n")[0]).toBe("Organisation,Office,Address,City,State,Phones,E-mails,Help,Listing on Amparo");
  });
});
