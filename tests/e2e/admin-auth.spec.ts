import { expect, test } from "@playwright/test";
import { locales } from "../../lib/i18n/locales";
import { editor, fillSignIn, freshAddress, signIn, spare } from "./support/admin";

test.describe("admin sign-in", () => {
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders(freshAddress());
  });

  test("an anonymous visitor is sent to the sign-in page", async ({ page }) => {
    await page.goto("/es/admin/offices");
    await expect(page).toHaveURL(/\/es\/admin\/login$/);
    await expect(page.getByRole("heading", { name: "Acceso para el equipo editorial" })).toBeVisible();
  });

  test("a wrong password and an unknown account get the same message, and the e-mail stays in the form", async ({ page }) => {
    await fillSignIn(page, editor.email, "not the password at all");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("El correo o la contraseña no son correctos.");
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(editor.email);
    await fillSignIn(page, "nobody@e2e.amparo.test", "not the password at all");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("El correo o la contraseña no son correctos.");
    expect(await page.context().cookies()).toEqual([]);
  });

  test("signing in sets an httpOnly SameSite cookie with a new session id; signing out ends the session on the server", async ({ page, browser, baseURL }) => {
    // A planted cookie (session fixation) is not adopted.
    await page.context().addCookies([{ name: "amparo.session_token", value: "planted.value", url: baseURL! }]);
    await signIn(page, editor);
    const [cookie] = (await page.context().cookies()).filter((c) => c.name.endsWith("session_token"));
    expect(cookie).toBeDefined();
    expect(cookie!.value).not.toBe("planted.value");
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");
    // Served over plain http here; the cookie is Secure when SITE_URL is https.
    expect(cookie!.secure).toBe(false);

    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/login$/);

    // Replaying the old cookie from another browser does not get in.
    const other = await browser.newContext({ baseURL });
    await other.addCookies([{ ...cookie!, expires: -1 }]);
    const replay = await other.newPage();
    await replay.goto("/es/admin");
    await expect(replay).toHaveURL(/\/es\/admin\/login$/);
    await other.close();

    await signIn(page, editor);
    const [second] = (await page.context().cookies()).filter((c) => c.name.endsWith("session_token"));
    expect(second!.value).not.toBe(cookie!.value);
  });

  test("repeated failures lock an account, with the same answer for accounts that do not exist; a browser that signed in before still gets in", async ({ page, browser, baseURL }) => {
    test.slow();
    // The owner signs in once: the browser keeps a device cookie, sent only to the sign-in pages.
    await signIn(page, spare);
    const device = (await page.context().cookies()).filter((c) => c.name.startsWith("amparo.device."));
    expect(device.map((c) => ({ name: c.name, path: c.path, httpOnly: c.httpOnly, sameSite: c.sameSite })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      // One per language of the site, each scoped to that language's sign-in page.
      [...locales].sort().map((locale) => ({ name: `amparo.device.${locale}`, path: `/${locale}/admin/login`, httpOnly: true, sameSite: "Lax" })),
    );
    expect(device.every((c) => c.expires > Date.now() / 1000 + 90 * 24 * 3600)).toBe(true);
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/login$/);

    // Someone else, from another address, locks the account.
    const elsewhere = await browser.newContext({ baseURL, locale: "es-MX", extraHTTPHeaders: freshAddress() });
    const attacker = await elsewhere.newPage();
    for (const email of ["locked-target@e2e.amparo.test", spare.email]) {
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await fillSignIn(attacker, email, `wrong password number ${attempt}`);
        await expect(attacker.getByRole("main").getByRole("alert")).toHaveText("El correo o la contraseña no son correctos.");
      }
      await fillSignIn(attacker, email, "wrong password number 5");
      await expect(attacker.getByRole("main").getByRole("alert")).toContainText("Demasiados intentos fallidos");
    }
    // Even the right password is refused while the account is locked...
    await fillSignIn(attacker, spare.email, spare.password);
    await expect(attacker.getByRole("main").getByRole("alert")).toContainText("Demasiados intentos fallidos");
    // ...but another account from another address is not affected,
    await elsewhere.setExtraHTTPHeaders(freshAddress());
    await signIn(attacker, editor);
    await elsewhere.close();
    // and the owner's browser, with its device cookie, still signs in.
    await signIn(page, spare);
  });

  test("an editor cannot open the accounts page; an admin can", async ({ page }) => {
    await signIn(page, editor, "en");
    await page.goto("/en/admin/users");
    await expect(page).toHaveURL(/\/en\/admin\?denied=1$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That section is for admins only.");
  });
});
