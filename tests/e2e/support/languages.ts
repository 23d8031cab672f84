import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The language links. On a phone they fold behind the current language's name (a <details>, decision 022), so
 * a reader taps that first; from 640 px they are always in view. Either way the links end up visible.
 */
export async function languageLinks(page: Page, label = "Idioma"): Promise<Locator> {
  const nav = page.getByRole("navigation", { name: label });
  const summary = page.locator(".locale-switch > summary");
  if (await summary.isVisible()) {
    await expect(summary).toContainText(`(${label})`);
    await summary.click();
  }
  await expect(nav.getByRole("link").first()).toBeVisible();
  return nav;
}
