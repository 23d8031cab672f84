// Issue 15: a query in French, Haitian Creole or Portuguese is read as the kind of
// help or population it names, so it finds the Spanish listings that give it.
import { describe, expect, it } from "vitest";
import { catalogues } from "@/lib/i18n/catalogues";
import { locales } from "@/lib/i18n/locales";
import { understandQuery, type UnderstoodPart } from "@/lib/search/understand";
import { searchLanguages } from "@/lib/search/vocabulary";
import { arrivalLanguageWords } from "@/lib/search/vocabulary-languages";
import { seedPlaces } from "@/tests/unit/support/seed-places";

const understand = (text: string) => understandQuery(text, seedPlaces);
function label(part: UnderstoodPart): string {
  if (part.kind === "service") return `service:${part.serviceTypes.join("+")}`;
  if (part.kind === "population") return `population:${part.population}`;
  return `place:${part.place.kind}:${part.place.slug}`;
}
const parts = (text: string) => understand(text).parts.map(label);

describe("everyday words in French, Kreyòl and Portuguese", () => {
  it.each([
    ["avoka", ["service:legal_representation"]],
    ["avocat", ["service:legal_representation"]],
    ["advogado", ["service:legal_representation"]],
    ["advogada", ["service:legal_representation"]],
    ["abri pou fanm", ["service:shelter", "population:women"]],
    ["refuge pour femmes", ["service:shelter", "population:women"]],
    ["abrigo para mulheres", ["service:shelter", "population:women"]],
    ["timoun", ["population:children"]],
    ["enfants", ["population:children"]],
    ["crianças", ["population:children"]],
    ["mwen bezwen manje", ["service:food"]],
    ["doktè", ["service:health"]],
    ["médecin", ["service:health"]],
    ["saúde", ["service:health"]],
    ["demande d'asile", ["service:asylum_procedure"]],
    ["avoka tapachula", ["service:legal_representation", "place:city:tapachula"]],
  ])("reads %s", (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it("leaves nothing of a sentence made of the language's filler words and one need", () => {
    expect(understand("mwen bezwen yon avoka tanpri").remaining).toEqual([]);
    expect(understand("j'ai besoin d'un avocat").remaining).toEqual([]);
    expect(understand("eu preciso de um advogado").remaining).toEqual([]);
  });

  it("forgives one typo and a missing or extra accent, as in Spanish", () => {
    // A typo (five letters or more) is read as the word it is one edit from.
    expect(parts("avokat")).toEqual(["service:legal_representation"]);
    expect(parts("advogda")).toEqual(["service:legal_representation"]);
    expect(parts("mulhres")).toEqual(["population:women"]);
    expect(parts("timmoun")).toEqual(["population:children"]);
    // Accents are folded whichever way they are typed.
    expect(parts("dokte")).toEqual(["service:health"]);
    expect(parts("medecin")).toEqual(["service:health"]);
    expect(parts("CRIANCAS")).toEqual(["population:children"]);
    expect(parts("ABRÍ POU FANM")).toEqual(["service:shelter", "population:women"]);
  });

  it.each(["mande", "santa", "debido", "escala", "mejor", "menos", "prensa", "danger", "docente"])(
    "does not read the everyday word %s as a typo of a word of another language",
    (word) => {
      expect(parts(word)).toEqual([]);
    },
  );
});

describe("one table per language", () => {
  it("is keyed by plain ISO 639-1 codes", () => {
    for (const code of Object.keys(arrivalLanguageWords)) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it("covers every language the site is written in, and every catalogue on file", () => {
    // When a locale is added (lib/i18n/locales.ts), its everyday words must be here or in vocabulary.ts.
    expect(locales.filter((locale) => !searchLanguages.includes(locale))).toEqual([]);
    expect(Object.keys(catalogues).filter((locale) => !searchLanguages.includes(locale))).toEqual([]);
  });

  it("holds only folded words (lowercase a–z, digits and spaces), as queries are folded before reading", () => {
    for (const [code, language] of Object.entries(arrivalLanguageWords)) {
      const forms = [...Object.values(language.services), ...Object.values(language.populations)].flat().flatMap((entry) => entry!.forms);
      expect(forms.filter((form) => !/^[a-z0-9]+( [a-z0-9]+)*$/.test(form)), code).toEqual([]);
      expect(language.fillers.filter((word) => !/^[a-z0-9]+$/.test(word)), code).toEqual([]);
    }
  });
});
