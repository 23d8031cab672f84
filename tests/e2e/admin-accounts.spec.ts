import { expect, test } from "@playwright/test";
import { admin, fillSignIn, freshAddress, signIn } from "./support/admin";

test("an admin creates an editor, who can sign in; a weak password is refused with the input kept; deactivating ends the editor's session", async ({ page, browser, baseURL }) => {
  await page.context().setExtraHTTPHeaders(freshAddress());
  await signIn(page, admin, "en");
  await page.goto("/en/admin/users");
  const email = `new-editor-${Date.now()}@e2e.amparo.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Nadia Editor");
  await page.getByLabel("Initial password").fill("password123456");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The password is too easy to guess.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).toHaveValue("Nadia Editor");

  const password = `quetzal harbour ${Date.now()} violet`;
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();
  await expect(page.getByRole("main").getByText(email).first()).toBeVisible();

  const other = await browser.newContext({ baseURL, extraHTTPHeaders: freshAddress() });
  const editorPage = await other.newPage();
  await signIn(editorPage, { email, password }, "en");
  await expect(editorPage.getByText("Signed in as Nadia Editor (editor)")).toBeVisible();

  await page.getByRole("button", { name: `Deactivate ${email}` }).click();
  await expect(page.getByRole("button", { name: `Reactivate ${email}` })).toBeVisible();
  await editorPage.goto("/en/admin/offices");
  await expect(editorPage).toHaveURL(/\/en\/admin\/login$/);
  await fillSignIn(editorPage, email, password, "en");
  await expect(editorPage.getByRole("main").getByRole("alert")).toHaveText("The email or password is not correct.");
  await other.close();

  await page.goto("/en/admin/audit?entityType=user");
  const entries = page.getByRole("main").getByRole("listitem");
  await expect(entries.filter({ hasText: "Account created" }).first()).toContainText(`by ${admin.email}`);
  await expect(entries.filter({ hasText: "Account changed" }).first()).toContainText("Fields: active");
});
