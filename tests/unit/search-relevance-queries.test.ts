// The labelled queries of the relevance benchmark: well-formed, and as varied as
// the issue asks (both languages, typos, sentences, questions, the arrival cities,
// populations, names). Whether each label can be satisfied by the real directory
// is checked against the seeded database (tests/integration/search-relevance.test.ts).
import { describe, expect, it } from "vitest";
import file from "@/tests/fixtures/search-relevance.json";
import { isLegalNoteCriterion, queryLanguages, queryTags, relevanceFileSchema } from "@/lib/search-eval/labels";

const relevance = relevanceFileSchema.parse(file);
const arrivalCities = [
  "tapachula", "ciudad-hidalgo", "tenosique", "palenque", "villahermosa", "acayucan", "ciudad-de-mexico", "tijuana", "mexicali",
  "ciudad-juarez", "monterrey", "saltillo", "reynosa", "matamoros", "nuevo-laredo", "guadalajara", "oaxaca-de-juarez",
];

describe("the relevance benchmark's queries", () => {
  it("are valid and at least 90", () => {
    expect(relevanceFileSchema.safeParse(file).error?.issues).toBeUndefined();
    expect(relevance.queries.length).toBeGreaterThanOrEqual(90);
  });

  it("cover each language and each kind of query", () => {
    for (const lang of queryLanguages) expect(relevance.queries.filter((query) => query.lang === lang).length, lang).toBeGreaterThanOrEqual(5);
    for (const tag of queryTags) expect(relevance.queries.filter((query) => query.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(10);
  });

  it("name every arrival city in some label", () => {
    const labelled = new Set(
      relevance.queries.flatMap((query) => query.relevant.flatMap((criterion) => (isLegalNoteCriterion(criterion) ? [] : (criterion.city ?? [])))),
    );
    expect(arrivalCities.filter((city) => !labelled.has(city))).toEqual([]);
  });

  it("label questions with the legal note that answers them", () => {
    const questions = relevance.queries.filter((query) => query.tags.includes("question"));
    const answeredByNotes = questions.filter((query) => query.relevant.some(isLegalNoteCriterion));
    expect(answeredByNotes.length).toBeGreaterThanOrEqual(15);
  });

  it("keep their floor as a measured figure (two decimals)", () => {
    for (const value of Object.values(relevance.floor)) expect(Math.round(value * 100) / 100).toBe(value);
  });
});
