// Draws the app icons (public/icons/*.png) from their SVG sources with the
// Chromium the end-to-end tests use: nothing is downloaded. The PNGs are
// committed; run `npx tsx scripts/make-icons.ts` after changing an SVG.
import { readFile } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { findChromium } from "../tests/e2e/find-chromium";

const icons = [
  { source: "public/icons/icon.svg", output: "public/icons/icon-192.png", size: 192 },
  { source: "public/icons/icon.svg", output: "public/icons/icon-512.png", size: 512 },
  { source: "public/icons/icon-maskable.svg", output: "public/icons/icon-maskable-512.png", size: 512 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = await readFile(icon.source, "utf8");
    const sized = svg.replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: icon.output, omitBackground: true });
    await page.close();
    console.log(`${icon.output} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
