import { expect, test } from "@playwright/test";

const publicPages = ["/es", "/es/directorio?q=abogado&city=tapachula", "/en/organizations", "/es/organizaciones/asylum-access-mexico", "/en/offices/acnur-tijuana", "/en/legal-information", "/es/informacion-legal/non-refoulement", "/en/referrals?o=acnur-tijuana&o=cdh-fray-matias-tapachula"];

test.describe("privacy and security", () => {
  for (const path of publicPages) {
    test(`${path} requests nothing from other origins and breaks no CSP rule`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const violations: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(request.url());
      });
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState("networkidle");
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
    });
  }

  test("pages send a nonce-based CSP that allows no other origin, and the other security headers", async ({ page }) => {
    const response = await page.goto("/es/organizaciones");
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'/);
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    // The page's own inline scripts carry this response's nonce, so they run.
    expect(await page.locator(`script[nonce]`).first().evaluate((script) => (script as HTMLScriptElement).nonce)).toBe(nonce);
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);

    const second = await page.request.get("/es/organizaciones");
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  });

  test("the API sends headers that let nothing run or frame it", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  });
});
