// Which language "/" sends a browser to: lib/i18n/accept-language.ts chooses,
// and the proxy hands that choice to next-intl's middleware, which redirects.
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { localeForAcceptLanguage } from "@/lib/i18n/accept-language";
import { routing } from "@/lib/i18n/routing";

describe("the language chosen for an Accept-Language header", () => {
  it.each([
    ["fr-FR,fr;q=0.9", "fr"],
    ["fr-CA", "fr"],
    ["fr-HT,ht;q=0.9", "fr"],
    ["ht", "ht"],
    ["ht-HT,fr;q=0.8", "ht"],
    ["pt-BR,pt;q=0.9,en;q=0.8", "pt"],
    ["pt-PT", "pt"],
    ["PT-br", "pt"],
  ])("sends a browser asking for %s to /%s", (header, expected) => {
    expect(localeForAcceptLanguage(header)).toBe(expected);
  });

  it.each([
    ["es-MX,es;q=0.9", "es"],
    ["en-US,en;q=0.9", "en"],
    ["en-US,es;q=0.5", "en"],
    // next-intl's matcher alone sent these two to the language further down the list.
    ["es-MX,en;q=0.5", "es"],
    ["en-GB,fr;q=0.5", "en"],
    ["es-419,fr;q=0.5", "es"],
    // Equal quality: the order written decides, not how exactly a range names one of the site's languages.
    ["es-MX,en", "es"],
    ["pt-BR,en,es", "pt"],
  ])("keeps %s in the first language of the list the site speaks (/%s)", (header, expected) => {
    expect(localeForAcceptLanguage(header)).toBe(expected);
  });

  it("honours the order of preference, not the order of the site's list", () => {
    expect(localeForAcceptLanguage("ht;q=0.9,fr;q=1")).toBe("fr");
    expect(localeForAcceptLanguage("fr;q=0.4,pt-BR;q=0.8")).toBe("pt");
    expect(localeForAcceptLanguage("de-DE,ht;q=0.7,es;q=0.7")).toBe("ht");
  });

  it("falls back to Spanish for a language the site does not speak, a refused one, or none", () => {
    expect(localeForAcceptLanguage("de-DE,ru;q=0.5")).toBe("es");
    expect(localeForAcceptLanguage("fr;q=0,*;q=0.1")).toBe("es");
    expect(localeForAcceptLanguage("")).toBe("es");
    expect(localeForAcceptLanguage(null)).toBe("es");
    expect(localeForAcceptLanguage(";;,q=")).toBe("es");
  });
});

describe("the redirect at /", () => {
  const handleLocale = createMiddleware(routing);
  const landing = (locale: string) =>
    new URL(handleLocale(new NextRequest("https://amparo.test/", { headers: { "accept-language": locale } })).headers.get("location")!).pathname;

  it("goes to the chosen language's home page", () => {
    for (const header of ["fr-FR", "ht", "pt-BR", "es-MX,en;q=0.5"]) expect(landing(localeForAcceptLanguage(header))).toBe(`/${localeForAcceptLanguage(header)}`);
    expect(landing(localeForAcceptLanguage("pt-BR,pt;q=0.9"))).toBe("/pt");
  });
});
