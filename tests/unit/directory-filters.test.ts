import { describe, expect, it } from "vitest";
import { directoryQuery, parseDirectoryParams } from "@/lib/validation/directory-filters";

describe("parseDirectoryParams", () => {
  it("keeps valid filters", () => {
    expect(parseDirectoryParams({ q: " abogado ", city: "tijuana", service: "shelter", population: "women", open: "1", page: "2" })).toEqual({
      filters: { q: "abogado", city: "tijuana", service: "shelter", population: "women", open: "1", page: 2 },
      invalid: [],
    });
  });

  it("drops and names unknown, hostile or oversized values, keeping the rest", () => {
    const { filters, invalid } = parseDirectoryParams({
      q: "x".repeat(101),
      city: "<script>alert(1)</script>",
      service: "'; DROP TABLE \"Office\"; --",
      population: "aliens",
      page: "-3",
      state: "chiapas",
    });
    expect(filters).toEqual({ page: 1, state: "chiapas" });
    expect(invalid.sort()).toEqual(["city", "page", "population", "q", "service"]);
  });

  it("takes the first of repeated parameters and ignores empty ones and unknown names", () => {
    expect(parseDirectoryParams({ city: ["tapachula", "tijuana"], state: "", utm_source: "x" }).filters).toEqual({ page: 1, city: "tapachula" });
  });
});

describe("the language filter", () => {
  const language = (value: string) => parseDirectoryParams({ language: value, city: "tijuana" });

  it("keeps an ISO 639-1 or 639-3 code, or a code with its region as an office may hold it", () => {
    for (const code of ["es", "ht", "tzo", "pt-BR"]) expect(language(code), code).toEqual({ filters: { page: 1, city: "tijuana", language: code }, invalid: [] });
  });

  it("drops and names a language name, a wrong case, a hostile or an oversized value, keeping the other filters", () => {
    for (const value of ["Kreyol", "HT", "français", "h", "es'; DROP TABLE \"Office\"; --", `ht-${"a".repeat(8)}`.repeat(5), "x".repeat(500)]) {
      expect(language(value), value).toEqual({ filters: { page: 1, city: "tijuana" }, invalid: ["language"] });
    }
  });

  it("goes back into the query string of links that keep the search", () => {
    expect(directoryQuery({ page: 1, language: "ht", service: "shelter" })).toEqual({ service: "shelter", language: "ht" });
  });
});

describe("directoryQuery", () => {
  it("writes only the set filters, without page 1", () => {
    expect(directoryQuery({ city: "tijuana", page: 1, service: "shelter" })).toEqual({ city: "tijuana", service: "shelter" });
    expect(directoryQuery({ page: 3 })).toEqual({ page: "3" });
  });
});
