import { describe, expect, it } from "vitest";
import { geolocationPages } from "@/lib/http/security-headers";
import { locales } from "@/lib/i18n/locales";
import { getPathname, localizedPattern } from "@/lib/i18n/paths";
import { routing, type AppPathname } from "@/lib/i18n/routing";
import { pathInLocale } from "@/lib/i18n/switch-locale";

describe("pathInLocale", () => {
  it("translates localised paths and keeps their parameters", () => {
    expect(pathInLocale("/es/oficinas/fray-matias-tapachula", "es", "en")).toBe("/en/offices/fray-matias-tapachula");
    expect(pathInLocale("/en/legal-information/asylum-deadline", "en", "es")).toBe("/es/informacion-legal/asylum-deadline");
  });

  it("keeps the query, so a filtered directory stays filtered", () => {
    expect(pathInLocale("/es/directorio?city=tijuana&q=abogado", "es", "en")).toBe("/en/directory?city=tijuana&q=abogado");
  });

  it("maps the home page both ways", () => {
    expect(pathInLocale("/es", "es", "en")).toBe("/en");
    expect(pathInLocale("/en/", "en", "es")).toBe("/es");
  });

  it("sends an unknown address to the other language's home page", () => {
    expect(pathInLocale("/es/no-existe/nada", "es", "en")).toBe("/en");
    expect(pathInLocale("/fr/x", "es", "en")).toBe("/en");
  });
});

describe("the French, Kreyòl and Portuguese addresses", () => {
  it("are words of each language, plain ASCII, one per route", () => {
    for (const locale of ["fr", "ht", "pt"] as const) {
      const paths = Object.keys(routing.pathnames).map((pathname) => localizedPattern(pathname as AppPathname, locale));
      for (const path of paths) expect(path, `${locale} ${path}`).toMatch(/^\/[a-z0-9\-/[\]]*$/);
      expect(new Set(paths).size, locale).toBe(paths.length);
    }
    expect(getPathname({ href: "/directory", locale: "fr" })).toBe("/fr/repertoire");
    expect(getPathname({ href: { pathname: "/offices/[slug]", params: { slug: "a" } }, locale: "ht" })).toBe("/ht/biwo/a");
    expect(getPathname({ href: { pathname: "/legal/[slug]", params: { slug: "a" } }, locale: "pt" })).toBe("/pt/informacao-juridica/a");
  });

  it("switch to and from the others, filters kept", () => {
    expect(pathInLocale("/es/directorio?city=tapachula", "es", "ht")).toBe("/ht/anye?city=tapachula");
    expect(pathInLocale("/pt/escritorios/x", "pt", "fr")).toBe("/fr/bureaux/x");
    expect(pathInLocale("/fr/calculer-delai", "fr", "en")).toBe("/en/deadline-calculator");
  });
});

describe("getPathname", () => {
  it("localises a route with its parameters and query", () => {
    expect(getPathname({ href: "/", locale: "es" })).toBe("/es");
    expect(getPathname({ href: "/directory", locale: "es" })).toBe("/es/directorio");
    expect(getPathname({ href: { pathname: "/offices/[slug]", params: { slug: "a-b" } }, locale: "en" })).toBe("/en/offices/a-b");
    expect(getPathname({ href: { pathname: "/directory", query: { q: "casa hogar", page: "2" } }, locale: "en" })).toBe(
      "/en/directory?q=casa+hogar&page=2",
    );
  });

  it("keeps the place on the page to come back to", () => {
    expect(getPathname({ href: { pathname: "/directory", query: { o: "x" }, hash: "referral-x" }, locale: "es" })).toBe("/es/directorio?o=x#referral-x");
  });
});

describe("geolocationPages", () => {
  it("are the directory's address in every language", () => {
    expect([...geolocationPages].sort()).toEqual(locales.map((locale) => getPathname({ href: "/directory", locale })).sort());
  });
});
