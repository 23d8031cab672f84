import { expect, type Page } from "@playwright/test";

export const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };
export const editor = { email: process.env.E2E_EDITOR_EMAIL!, password: process.env.E2E_EDITOR_PASSWORD! };
export const spare = { email: process.env.E2E_SPARE_EMAIL!, password: process.env.E2E_SPARE_PASSWORD! };

let addressCounter = 0;
/**
 * A made-up client address per test, so the per-address sign-in throttle of
 * one test never slows another. The e2e server trusts one proxy hop, so it
 * believes the last X-Forwarded-For entry; each address is in a /64 of its own
 * (documentation range), since the site counts an IPv6 client by its /64.
 */
export function freshAddress(): Record<string, string> {
  addressCounter += 1;
  return { "x-forwarded-for": `2001:db8:${(process.pid % 0xffff).toString(16)}:${addressCounter.toString(16)}::1` };
}

export async function fillSignIn(page: Page, email: string, password: string, locale = "es") {
  await page.goto(`/${locale}/admin/login`);
  await page.getByLabel(locale === "es" ? "Correo electrónico" : "Email").fill(email);
  await page.getByLabel(locale === "es" ? "Contraseña" : "Password").fill(password);
  await page.getByRole("button", { name: locale === "es" ? "Entrar" : "Sign in" }).click();
}

export async function signIn(page: Page, account: { email: string; password: string }, locale = "es") {
  await fillSignIn(page, account.email, account.password, locale);
  // Signing in hashes the password (scrypt) and opens a session: on a busy 2-core machine the first one after a
  // fresh start can take longer than the default 5 s, so wait for the signed-in page a little longer.
  await expect(page.getByText(locale === "es" ? "Sesión iniciada como" : "Signed in as")).toBeVisible({ timeout: 15_000 });
}
