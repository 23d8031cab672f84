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

describe("directoryQuery", () => {
  it("writes only the set filters, without page 1", () => {
    expect(directoryQuery({ city: "tijuana", page: 1, service: "shelter" })).toEqual({ city: "tijuana", service: "shelter" });
    expect(directoryQuery({ page: 3 })).toEqual({ page: "3" });
  });
});
