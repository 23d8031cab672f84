import { describe, expect, it } from "vitest";
import { fold, readQuery, withPlace } from "@/lib/search/query";
import { seedPlaces } from "@/tests/unit/support/seed-places";

const read = (q: string, filters: Parameters<typeof readQuery>[0] = {}) => readQuery({ ...filters, q }, seedPlaces)!;

describe("readQuery", () => {
  it("folds case and accents", () => {
    expect(fold("Fray MATÍAS, Tenosique ñ")).toBe("fray matias, tenosique n");
    expect(read("Fray Matías").strict?.folded).toBe("fray matias");
  });

  it("drops filler words and punctuation, and keeps hostile input as plain words", () => {
    expect(read("un abogado en la ciudad").strict?.nameWords).toEqual(["abogado", "ciudad"]);
    expect(read("'; DROP TABLE \"Office\"; --").strict?.folded).toBe("drop table office");
    expect(read("<script>%_</script>").strict?.folded).toBe("script");
    expect(readQuery({ q: "  ¿? " }, seedPlaces)?.strict).toBeNull();
    expect(readQuery({}, seedPlaces)).toBeNull();
  });

  it.each([
    ["abogado", "legal_representation"],
    ["lawyer", "legal_representation"],
    ["albergue", "shelter"],
    ["shelter", "shelter"],
    ["psicólogo", "mental_health"],
    ["asilo", "asylum_procedure"],
    ["estoy muy triste", "mental_health"],
    ["perdí mi pasaporte", "documentation"],
  ])("knows that %s means %s", (word, type) => {
    expect(read(word).strict?.terms[0]?.serviceTypes).toContain(type);
  });

  it("loosens a population read from the words only with a kind of help, and only as a last resort", () => {
    const school = read("escuela para mis hijos");
    expect(school.strict?.terms.map((term) => term.populations)).toEqual([[], ["families"]]);
    expect(school.loose?.terms.map((term) => term.serviceTypes)).toEqual([["education"]]);
    // Still ranked by whom it is for.
    expect(school.loose?.need.populations).toEqual(["families"]);
    // A population alone is what is asked for: it is never let go.
    expect(read("mujeres").loose).toBeNull();
    expect(read("albergue para mujeres", { population: "women" }).loose?.terms.map((term) => term.populations)).toEqual([[]]);
  });

  it("searches at most six words", () => {
    expect(read("uno dos tres cuatro cinco seis siete ocho").strict?.terms).toHaveLength(6);
  });

  it("turns a place in the text into the place of the search, and lets the filters chosen win", () => {
    const tapachula = read("abogado en tapachula");
    expect(tapachula.place).toEqual({ kind: "city", slug: "tapachula", stateSlug: "chiapas" });
    expect(withPlace({ page: 1 }, tapachula.place)).toEqual({ page: 1, city: "tapachula" });
    expect(tapachula.strict?.terms.map((term) => term.serviceTypes)).toEqual([["legal_representation"]]);
    // A place chosen in the menus wins, even the state of the city typed.
    expect(read("abogado en tapachula", { city: "tijuana" }).place).toBeNull();
    expect(read("abogado en tapachula", { state: "baja-california" }).place).toBeNull();
    expect(read("abogado en tapachula", { state: "chiapas" }).place).toBeNull();
    expect(read("abogado en tapachula", { city: "tijuana" }).parts.map((part) => part.kind)).toEqual(["service"]);
    // The place is not also looked for in the text.
    expect(tapachula.strict?.nameWords).toEqual(["abogado"]);
  });

  it("keeps a typed place the menus overrode, to say so, unless it is the place chosen", () => {
    const setAside = (filters: Parameters<typeof readQuery>[0]) => read("abogado en tapachula", filters).setAside;
    expect(setAside({ city: "tijuana" })).toMatchObject({ kind: "place", typed: "tapachula", place: { kind: "city", slug: "tapachula" } });
    // The state of the city typed still overrides it: the search is the whole state.
    expect(setAside({ state: "chiapas" })).toMatchObject({ place: { slug: "tapachula" } });
    expect(setAside({ city: "tapachula" })).toBeNull();
    expect(setAside({})).toBeNull();
    expect(read("albergue en chiapas", { state: "chiapas" }).setAside).toBeNull();
    expect(read("albergue en chiapas", { city: "tapachula" }).setAside).toMatchObject({ place: { kind: "state", slug: "chiapas" } });
  });

  it("makes words no kind of help explains rank only when requiring them could sink the search", () => {
    const sentence = read("abogado para mi primo");
    expect(sentence.strict?.terms.map((term) => term.words)).toEqual([["abogad", "abogado"], ["primo"]]);
    expect(sentence.loose?.terms.map((term) => term.words)).toEqual([["abogad", "abogado"]]);
    expect(sentence.loose?.nameWords).toContain("primo");
    // A question's other words are a sentence: they only rank.
    const question = read("¿cuántos días tengo para pedir refugio?");
    expect(question.strict?.terms).toHaveLength(1);
    expect(question.loose).toBeNull();
    // Without any kind of help or population understood, every word counts, as for a name.
    expect(read("fray matias").loose).toBeNull();
  });

  it("ranks a kind of help for a population on one service first, with the filters chosen", () => {
    expect(read("albergue para mujeres").strict?.need).toEqual({ serviceTypes: [["shelter"]], populations: ["women"], pairs: ["shelter/women"] });
    expect(read("albergue", { population: "children" }).strict?.need.pairs).toEqual(["shelter/children"]);
  });
});
