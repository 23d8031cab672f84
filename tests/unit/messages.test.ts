import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { catalogues as registered } from "@/lib/i18n/catalogues";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { accessMethods, costs, organizationScopes, populations, serviceTypes } from "@/lib/taxonomy";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );

const catalogues = registered as Record<string, Tree>;
const messageFiles = readdirSync(path.resolve(import.meta.dirname, "../../messages")).filter((name) => name.endsWith(".json"));

describe("messages", () => {
  it("has a catalogue for every locale, and registers every file in messages/", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...locales].sort());
    expect(messageFiles.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(Object.keys(catalogues).sort());
  });

  it.each(locales.filter((locale) => locale !== defaultLocale))("has exactly the default locale's keys in %s", (locale) => {
    expect(flatten(catalogues[locale]!).sort()).toEqual(flatten(catalogues[defaultLocale]!).sort());
  });

  it("has no empty message", () => {
    for (const [locale, tree] of Object.entries(catalogues)) {
      const empty = flatten(tree).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Tree)[part], tree);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });

  it.each(Object.keys(catalogues))("labels every taxonomy value in %s", (locale) => {
    const taxonomy = catalogues[locale]!.Taxonomy as Record<string, Record<string, string>>;
    expect(Object.keys(taxonomy.serviceType!).sort()).toEqual([...serviceTypes].sort());
    expect(Object.keys(taxonomy.population!).sort()).toEqual([...populations].sort());
    expect(Object.keys(taxonomy.scope!).sort()).toEqual([...organizationScopes].sort());
    expect(Object.keys(taxonomy.cost!).sort()).toEqual([...costs].sort());
    expect(Object.keys(taxonomy.accessMethod!).sort()).toEqual([...accessMethods].sort());
  });
});
