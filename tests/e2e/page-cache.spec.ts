// Decision 025: a public page is rendered once per URL and kept; each view of the kept copy has a CSP nonce of its
// own (its scripts still run), and a save drops the pages it touched at once.
import { expect, test } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";
import { cacheHeader, untilKept } from "./support/cache";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("a kept page is served again with a new nonce, and its scripts still run", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // The directory: the page script shows "Use my location" there, which only a script that ran can do.
  const path = "/es/directorio?city=tapachula";
  const first = await page.goto(path);
  const second = await untilKept(() => page.goto(path), cacheHeader);
  const [before, after] = [nonceOf(first?.headers()["content-security-policy"]), nonceOf(second?.headers()["content-security-policy"])];
  expect(after).toBeTruthy();
  expect(after).not.toBe(before);
  const html = await second!.text();
  expect(html).toContain(`nonce="${after}"`);
  expect(html).not.toContain(before!);
  // The page's own script (public pages carry no other, decision 029) runs only under the new nonce.
  await expect(page.getByRole("button", { name: "Usar mi ubicación" })).toBeVisible();
  expect(refused).toEqual([]);
});

test("a save drops the kept pages that show the record, before the editor sees 'saved'", async ({ page, browser, baseURL }) => {
  // A visitor of its own, not signed in.
  const visitor = await browser.newContext({ baseURL, locale: "es-MX" });
  const officePath = "/es/oficinas/acnur-guadalajara";
  await untilKept(() => visitor.request.get(officePath), cacheHeader);

  await page.context().setExtraHTTPHeaders(freshAddress());
  await signIn(page, editor);
  await page.goto("/es/admin/offices");
  await page.getByRole("link", { name: /ACNUR.*Guadalajara/ }).click();
  const name = `Unidad Guadalajara ${Date.now().toString(36)}`;
  await page.getByLabel("Nombre (español)").fill(name);
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Cambios guardados.")).toBeVisible();

  const after = await visitor.request.get(officePath);
  expect(cacheHeader(after)).toBe("miss");
  expect(await after.text()).toContain(name);
  await visitor.close();
});
