import { describe, expect, it } from "vitest";
import { withinOneEdit } from "@/lib/search/edit-distance";
import { buildLexicon, readLexicon, tokenize } from "@/lib/search/lexicon";
import { isQuestion, queryWithout, understandQuery, type UnderstoodPart } from "@/lib/search/understand";
import { seedPlaces } from "@/tests/unit/support/seed-places";

const understand = (text: string) => understandQuery(text, seedPlaces);
/** Each part as one short string: "service:legal_representation", "population:women", "place:city:tapachula". */
const parts = (text: string) => understand(text).parts.map(label);
function label(part: UnderstoodPart): string {
  if (part.kind === "service") return `service:${part.serviceTypes.join("+")}`;
  if (part.kind === "population") return `population:${part.population}`;
  return `place:${part.place.kind}:${part.place.slug}`;
}

describe("withinOneEdit (Damerau–Levenshtein ≤ 1)", () => {
  it.each([
    ["abogado", "abogdo", true],
    ["abogado", "abogados", true],
    ["abogado", "abgoado", true],
    ["abogado", "avogado", true],
    ["abogado", "abogado", true],
    ["abogado", "abgado", true],
    ["abogado", "agobado", false],
    ["abogado", "abogadoss", false],
    ["tapachula", "tapahcula", true],
    ["casa", "caso", true],
  ])("%s / %s: %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe("understandQuery: the issue's examples", () => {
  it("reads a typo of a mapped word", () => {
    const [part] = understand("abogdo").parts;
    expect(part).toMatchObject({ kind: "service", serviceTypes: ["legal_representation"], typed: "abogdo", corrected: true });
    // What is looked for in the text is the word it was read as, not the typo.
    expect(part?.words).toEqual(["abogad", "abogado"]);
    expect(part?.typedWords).toEqual(["abogado"]);
  });

  it("turns a named place into the place of the search", () => {
    expect(parts("abogado en tapachula")).toEqual(["service:legal_representation", "place:city:tapachula"]);
    expect(understand("abogado en tapachula").remaining).toEqual([]);
  });

  it("is not sunk by filler words and sentences", () => {
    const sentence = understand("necesito un abogado gratis");
    expect(sentence.parts.map(label)).toEqual(["service:legal_representation"]);
    expect(sentence.remaining).toEqual([]);
    expect(understand("I need a free lawyer please").parts.map(label)).toEqual(["service:legal_representation"]);
  });

  it.each([
    ["albergue para mujeres", ["service:shelter", "population:women"]],
    ["shelter for women", ["service:shelter", "population:women"]],
    ["niños no acompañados", ["population:children"]],
    ["unaccompanied children", ["population:children"]],
    ["mujeres", ["population:women"]],
    ["report a human rights violation", ["service:human_rights_complaints"]],
    ["quiero denunciar", ["service:human_rights_complaints"]],
    ["mujer maltratada", ["population:women", "service:gbv_support"]],
    ["mujer golpeada", ["population:women", "service:gbv_support"]],
  ])("reads %s", (text, expected) => {
    expect(parts(text)).toEqual(expected);
    expect(understand(text).remaining).toEqual([]);
  });

  it("knows a question", () => {
    const question = understand("¿cuántos días tengo para pedir refugio?");
    expect(question.question).toBe(true);
    expect(question.parts.map(label)).toEqual(["service:asylum_procedure+shelter"]);
    expect(question.remaining).toEqual(["dias", "pedir"]);
    expect(understand("how many days do I have to apply for asylum").question).toBe(true);
    expect(isQuestion("abogado en tapachula")).toBe(false);
  });
});

describe("understandQuery: words of everyday speech", () => {
  it.each([
    ["niñas", "population:children"],
    ["Niños", "population:children"],
    ["adolescentes", "population:children"],
    ["lgbti", "population:lgbtqi"],
    ["LGBTQ+", "population:lgbtqi"],
    ["trans", "population:lgbtqi"],
    ["diversidad sexual", "population:lgbtqi"],
    ["indígenas", "population:indigenous"],
    ["familias", "population:families"],
    ["deportados", "population:returnees"],
    ["deportee", "population:returnees"],
    ["víctimas", "population:survivors_of_violence"],
    ["en tránsito", "population:in_transit"],
    ["abogadas", "service:legal_representation"],
    ["attorneys", "service:legal_representation"],
    ["albergues", "service:shelter"],
    ["psicóloga", "service:mental_health"],
    ["violencia de género", "service:gbv_support"],
    ["comida", "service:food"],
    ["doctor", "service:health"],
    ["desaparecidos", "service:missing_persons_search"],
    ["derechos humanos", "service:human_rights_complaints"],
    ["Salud mental y apoyo psicosocial", "service:mental_health"],
    ["Mental health and psychosocial support", "service:mental_health"],
    ["Personas LGBTQI+", "population:lgbtqi"],
  ])("%s means %s", (text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });

  it.each([
    ["abogdo", "service:legal_representation"],
    ["albegue", "service:shelter"],
    ["psicologo", "service:mental_health"],
    ["muejres", "population:women"],
    ["tapachla", "place:city:tapachula"],
    ["tijuanna", "place:city:tijuana"],
  ])("forgives one typo in %s", (text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });

  it("forgives no typo in short words, filler words, or words of its own vocabulary", () => {
    // "caso" is one letter from "casa" (a shelter), but four letters are too few to guess.
    expect(parts("mi caso")).toEqual([]);
    expect(parts("mujer")).toEqual(["population:women"]);
    expect(understand("ahora").remaining).toEqual([]);
    expect(parts("12345")).toEqual([]);
  });

  it.each(["casos", "cosas", "México", "hecho", "viviendo", "hombres", "queda", "Chile", "tomar", "enero", "media", "medio", "other", "nights", "means", "deport"])(
    "never reads the everyday word %s as a typo of another",
    (word) => {
      expect(understand(word).parts).toEqual([]);
    },
  );

  it("reads words one letter from another word of the vocabulary as themselves", () => {
    // "comer" is not a misspelt COMAR, "padre" not a misspelt "madre", "dental" not "mental".
    expect(parts("donde comer")).toEqual(["service:food"]);
    expect(parts("padre con hijos")).toEqual(["population:families"]);
    expect(parts("dental")).toEqual(["service:health"]);
  });

  it("leaves names and other words to the text search", () => {
    expect(understand("Fray Matías").remaining).toEqual(["fray", "matias"]);
    expect(understand("sin fronteras").remaining).toEqual(["sin", "fronteras"]);
    expect(parts("acnur")).toEqual([]);
  });
});

describe("understandQuery: places", () => {
  it.each([
    ["Ciudad Juárez", "place:city:ciudad-juarez"],
    ["ciudad juarez", "place:city:ciudad-juarez"],
    ["juárez", "place:city:ciudad-juarez"],
    ["cdmx", "place:state:ciudad-de-mexico"],
    ["Ciudad de México", "place:state:ciudad-de-mexico"],
    ["Mexico City", "place:state:ciudad-de-mexico"],
    ["San Cristóbal de las Casas", "place:city:san-cristobal-de-las-casas"],
    ["Chiapas", "place:state:chiapas"],
    ["Nuevo León", "place:state:nuevo-leon"],
    ["Durango", "place:state:durango"],
    ["Chula Vista", "place:city:chula-vista"],
  ])("%s is %s", (text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });

  it("reads a longer place name before a shorter one inside it", () => {
    // "Casas" alone would be a shelter word.
    expect(parts("albergue en San Cristóbal de las Casas")).toEqual(["service:shelter", "place:city:san-cristobal-de-las-casas"]);
    expect(parts("salto de agua")).toEqual(["place:city:salto-de-agua"]);
  });

  it("keeps one place: a city narrows its state, two cities of a state make the state, another state's is left out", () => {
    expect(parts("tapachula, chiapas")).toEqual(["place:city:tapachula"]);
    expect(parts("chiapas tapachula")).toEqual(["place:city:tapachula"]);
    expect(parts("tapachula o palenque")).toEqual(["place:state:chiapas"]);
    expect(parts("tijuana tapachula")).toEqual(["place:city:tijuana"]);
    // "México" alone is the country, not a place of the search.
    expect(parts("México")).toEqual([]);
  });

  it("knows only the places it is given", () => {
    expect(understandQuery("abogado en tapachula", []).parts.map(label)).toEqual(["service:legal_representation"]);
    expect(understandQuery("abogado en tapachula", []).remaining).toEqual(["tapachula"]);
  });
});

describe("undoing a part", () => {
  const without = (text: string, index: number) => {
    const understanding = understand(text);
    return queryWithout(text, understanding, understanding.parts[index]!);
  };

  it("takes the part's words out of the query, with the small word that tied them", () => {
    expect(without("abogado en tapachula", 1)).toBe("abogado");
    expect(without("abogado en tapachula", 0)).toBe("en tapachula");
    expect(without("Albergue para Mujeres en Tapachula", 1)).toBe("Albergue en Tapachula");
    expect(without("¿cuántos días tengo para pedir refugio?", 0)).toBe("¿cuántos días tengo para pedir?");
    expect(without("niños no acompañados", 0)).toBe("");
  });

  it("keeps the text as typed, accents and case included", () => {
    expect(tokenize("Niñas en Cd. Juárez").map((token) => [token.text, token.word])).toEqual([
      ["Niñas", "ninas"],
      ["en", "en"],
      ["Cd", "cd"],
      ["Juárez", "juarez"],
    ]);
    // Accents typed as separate marks (NFD) fold the same and are kept with their letter.
    const decomposed = "Nin\u0303as en Tapachula";
    expect(understandQuery(decomposed, seedPlaces).parts.map(label)).toEqual(["population:children", "place:city:tapachula"]);
    expect(without(decomposed, 1)).toBe("Nin\u0303as");
  });
});

describe("stems: a verb read by the beginning of its forms", () => {
  const lexicon = buildLexicon(
    [
      { forms: ["rechaz*"], base: "rechaz*", meaning: "stem" },
      { forms: ["rechazo"], base: "rechazo", meaning: "exact" },
    ],
    (a, b) => a === b,
  );
  const meaningsOf = (text: string) => readLexicon(tokenize(text), lexicon, { fuzzy: true }).matches.map((match) => match.entry.meanings[0]);

  it("matches every word that begins with the stem, an exact word first", () => {
    expect(meaningsOf("me rechazaron")).toEqual(["stem"]);
    expect(meaningsOf("rechazada")).toEqual(["stem"]);
    expect(meaningsOf("un rechazo")).toEqual(["exact"]);
    // Shorter than the stem, or not its beginning: nothing, and never a typo of a stem.
    expect(meaningsOf("recha derechazo rechaxaron")).toEqual([]);
  });

  it("is one word of five letters or more", () => {
    expect(() => buildLexicon([{ forms: ["neg*"], base: "neg*", meaning: 1 }], (a, b) => a === b)).toThrow(/five|5/);
    expect(() => buildLexicon([{ forms: ["me rechaz*"], base: "rechaz*", meaning: 1 }], (a, b) => a === b)).toThrow(/one word/);
  });

  it("reads the verbs of the vocabulary in any form, and searches the text for the stem", () => {
    expect(parts("¿detienen a mi hijo?")).toEqual(["service:detention_release"]);
    expect(parts("me golpeaban")).toEqual(["service:gbv_support"]);
    expect(understand("quiero denunciarlo").parts[0]?.words).toContain("denunci");
  });
});
