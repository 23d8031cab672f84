// Playwright cannot download its own browser here, so the end-to-end tests use
// an installed Chromium: CHROMIUM_PATH, else the first one found on the PATH.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

export function findChromium(): string {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH is set to ${explicit}, which does not exist.`);
  }
  for (const name of candidates) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not installed under this name
    }
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with:\n\n    sudo apt-get install -y chromium poppler-utils\n\n" +
      "or set CHROMIUM_PATH to a Chrome or Chromium executable.",
  );
}
