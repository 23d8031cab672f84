import { describe, expect, it } from "vitest";
import { fold, parseSearchQuery } from "@/lib/search/query";

describe("parseSearchQuery", () => {
  it("folds case and accents", () => {
    expect(fold("Fray MATÍAS, Tenosique ñ")).toBe("fray matias, tenosique n");
    expect(parseSearchQuery("Fray Matías")?.folded).toBe("fray matias");
  });

  it("drops filler words and punctuation, and keeps hostile input as plain words", () => {
    expect(parseSearchQuery("un abogado en Tijuana")?.terms.map((t) => t.word)).toEqual(["abogado", "tijuana"]);
    expect(parseSearchQuery("'; DROP TABLE \"Office\"; --")?.folded).toBe("drop table office");
    expect(parseSearchQuery("<script>%_</script>")?.folded).toBe("script script");
    expect(parseSearchQuery("  ¿? ")).toBeNull();
  });

  it.each([
    ["abogado", "legal_representation"],
    ["lawyer", "legal_representation"],
    ["albergue", "shelter"],
    ["shelter", "shelter"],
    ["psicólogo", "mental_health"],
    ["asilo", "asylum_procedure"],
  ])("knows that %s means %s", (word, type) => {
    expect(parseSearchQuery(word)?.terms[0]?.serviceTypes).toContain(type);
  });

  it("searches at most six words", () => {
    expect(parseSearchQuery("uno dos tres cuatro cinco seis siete ocho")?.terms).toHaveLength(6);
  });
});
