import { expect } from "@playwright/test";

/**
 * Asks again until the answer comes from the page cache, and returns that answer. A kept copy lives until a write
 * names it or its minute ends ("open now" follows the clock, decision 025), so two requests that straddle the end of
 * a minute are both rendered afresh; a test that needs a kept answer waits for one rather than for the second.
 */
export async function untilKept<T>(ask: () => Promise<T>, cacheOf: (answer: T) => string | undefined): Promise<T> {
  let answer: T | undefined;
  await expect.poll(async () => cacheOf((answer = await ask())), { intervals: [50, 100, 250] }).toBe("hit");
  return answer as T;
}

/** The cache header of a Playwright response (from `page.goto` or `request.get`). */
export const cacheHeader = (response: { headers(): Record<string, string> } | null) => response?.headers()["x-amparo-cache"];
