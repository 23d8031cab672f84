// The offline service worker's rules (public/sw-rules.js): what may be kept on
// the device, and how a kept page is marked as a dated copy.
import { describe, expect, it } from "vitest";
// A classic worker script: it defines globalThis.AmparoOffline.
import "@/public/sw-rules.js";
import { locales } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/paths";

type Rules = {
  personalPages: string[];
  isNeverKept(url: URL): boolean;
  isStaticAsset(url: URL): boolean;
  localeOf(url: URL): string | undefined;
  isKeepablePage(html: string): boolean;
  assetPaths(html: string): string[];
  describeSavedAt(savedAt: Date, locale: string, now: Date): string;
  markAsCopy(html: string, savedAt: Date, now: Date): string;
};

const rules = (globalThis as unknown as { AmparoOffline: Rules }).AmparoOffline;

const at = (path: string) => new URL(path, "http://127.0.0.1:3000");

// As the public layout renders it (components/offline/offline-copy-notice.tsx), with a page around it.
const publicPage = `<!DOCTYPE html><html lang="es"><head><link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>
<link rel="manifest" href="/es/manifest.webmanifest"/><link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
<script src="/_next/static/chunks/b2.js" async=""></script><script src="/_next/static/chunks/b2.js" async=""></script></head>
<body><main id="main"><p data-offline-copy="" hidden="" class="mb-6 rounded">Sin conexión: estás viendo una copia de esta página guardada el <time data-saved-at="">…</time>. Puede no estar al día.</p>
<h1>Organizaciones</h1><a href="/es/organizaciones/acnur">ACNUR</a></main>
<script nonce="abc">self.__next_f.push([1,"[\\"$\\",\\"p\\",null,{\\"data-offline-copy\\":\\"\\",\\"hidden\\":true}]"])</script></body></html>`;

describe("what is never kept on the device", () => {
  it.each([
    "/es/admin",
    "/en/admin/organizations/acnur",
    "/admin",
    "/api/health",
    "/api/v1/organizations",
    "/sw.js",
    "/es/directorio?_rsc=1x2y",
    "/_next/static/chunks/app/%5Blocale%5D/admin/layout-bac9717f6d849b63.js",
    "/_next/static/chunks/app/%5Blocale%5D/admin/(protected)/offices/page-1a2b.js",
    // The deadline calculator with someone's date of entry in its address.
    "/es/calcular-plazo?entrada=2026-04-30",
    "/en/deadline-calculator?entrada=30%2F04%2F2026",
  ])(
    "%s",
    (path) => expect(rules.isNeverKept(at(path))).toBe(true),
  );

  it.each([
    "/es",
    "/es/directorio?q=abogado&city=tapachula",
    "/en/legal-information/non-refoulement",
    "/es/administracion-publica",
    "/es/calcular-plazo",
    "/_next/static/chunks/app/%5Blocale%5D/(site)/directory/page-b4e263368b490eef.js",
  ])(
    "keeps public page %s",
    (path) => expect(rules.isNeverKept(at(path))).toBe(false),
  );
});

it("knows the deadline calculator by its address in every language", () => {
  expect(rules.personalPages.sort()).toEqual(locales.map((locale) => getPathname({ href: "/deadline", locale })).sort());
});

describe("which pages and files are saved", () => {
  it("saves only pages that render the public marker, not pages that merely mention it in their data", () => {
    expect(rules.isKeepablePage(publicPage)).toBe(true);
    const withoutElement = publicPage.replace(/<p data-offline-copy[^]*?<\/p>/, "");
    expect(withoutElement).toContain("data-offline-copy");
    expect(rules.isKeepablePage(withoutElement)).toBe(false);
  });

  it("lists the static files a page loads, once each, and not its links to other pages", () => {
    expect(rules.assetPaths(publicPage).sort()).toEqual(["/_next/static/chunks/a1.css", "/_next/static/chunks/b2.js", "/favicon.svg"]);
  });

  it("treats Next's build files and the icons as static, not pages", () => {
    expect(rules.isStaticAsset(at("/_next/static/chunks/b2.js"))).toBe(true);
    expect(rules.isStaticAsset(at("/icons/icon-192.png"))).toBe(true);
    expect(rules.isStaticAsset(at("/es/organizaciones"))).toBe(false);
  });

  it("reads the language from the address", () => {
    expect(rules.localeOf(at("/en/legal-information"))).toBe("en");
    expect(rules.localeOf(at("/"))).toBeUndefined();
  });
});

describe("a saved copy shown offline", () => {
  const savedAt = new Date("2026-11-15T12:00:00Z");
  const now = new Date("2026-11-15T15:00:00Z");

  it("shows the notice with the date, in the page's language, and how long ago", () => {
    const html = rules.markAsCopy(publicPage, savedAt, now);
    expect(html).toMatch(/<p data-offline-copy="" class="mb-6 rounded">/);
    expect(html).toContain('<time data-saved-at="" datetime="2026-11-15T12:00:00.000Z">');
    expect(html).toMatch(/15 de noviembre de 2026.*\(hace 3 horas\)<\/time>/);
    // Nothing else changes: the page's own links, scripts and their nonce stay as saved.
    expect(html.replace(/<p data-offline-copy[^]*?<\/p>/, "")).toBe(publicPage.replace(/<p data-offline-copy[^]*?<\/p>/, ""));
  });

  it("dates the notice in the language the page is written in, not the one its address names", () => {
    // A page kept under an address without a language (or another language's) still reads in its own.
    const french = publicPage.replace('<html lang="es">', '<html lang="fr">').replace("Sin conexión", "Hors ligne");
    expect(rules.markAsCopy(french, savedAt, now)).toMatch(/15 novembre 2026.*\(il y a 3 heures\)<\/time>/);
    const english = publicPage.replace('<html lang="es">', '<html class="js" lang="en">');
    expect(rules.markAsCopy(english, savedAt, now)).toMatch(/November 15, 2026.*\(3 hours ago\)<\/time>/);
  });

  it("says it in English on English pages", () => {
    expect(rules.describeSavedAt(savedAt, "en", now)).toMatch(/November 15, 2026.*\(3 hours ago\)/);
    expect(rules.describeSavedAt(savedAt, "en", new Date("2026-11-18T12:00:00Z"))).toMatch(/\(3 days ago\)/);
  });

  it("leaves a page without the notice as it is", () => {
    const adminLike = "<html><body><h1>Admin</h1></body></html>";
    expect(rules.markAsCopy(adminLike, savedAt, now)).toBe(adminLike);
  });
});
