import { describe, expect, it } from "vitest";
import es from "@/messages/es.json";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import catalogue from "@/prisma/seed/data/sources.json";
import { jsonStrings } from "@/tests/setup/json-strings";

// Amparo speaks to people as "usted", as public services in Mexico do
// (issue 12). These forms only exist when speaking as "tú".
const tuWords = [
  // pronouns and possessives
  "tú", "tu", "tus", "te", "ti", "contigo", "tuyo", "tuya", "tuyos", "tuyas",
  // verbs
  "puedes", "tienes", "eres", "estás", "quieres", "necesitas", "debes", "sabes", "buscas", "vives", "llegaste",
  "diste", "escribiste", "elegiste", "abriste", "sepas", "puedas", "pagues", "llames", "llenes", "escribas",
  // imperatives with a pronoun attached
  "denúncialo", "repórtalo", "inténtalo", "revísalo", "publícala", "comunícate", "avísanos", "pídela", "búscala",
];
const tuWord = new RegExp(`(?<![\\p{L}\\p{N}])(${tuWords.join("|")})(?![\\p{L}\\p{N}])`, "giu");
// An infinitive carrying "te" ("ayudarte", "cobrarte"); real words that merely end so are allowed.
const infinitiveWithTe = /(?<![\p{L}])\p{L}+(?:ar|er|ir)te(?![\p{L}])/giu;
const notInfinitives = new Set(["parte", "aparte", "arte", "muerte", "suerte", "fuerte", "baluarte", "imparte", "comparte", "reparte"]);
// A "tú" command opening a sentence, a list item or a label ("Busca ayuda", "Elige una ciudad").
const tuCommand =
  /(?:^|[.:;!?¿¡«(]\s*|-\s+)(Busca|Llama|Pide|Elige|Escribe|Usa|Prueba|Vuelve|Conoce|Encuentra|Escanea|Deja|Agrega|Revisa|Describe|Imprime|Crea|Espera|Guarda|Denuncia|Comparte|Acude|Pregunta|Consulta|Recarga|Marca)(?![\p{L}])/gu;

/** The tú forms in a text; a placeholder like {date} is not a word; plural and select branches are. */
function tuFormsIn(raw: string): string[] {
  const text = raw.replace(/\{\w+\}/g, " ");
  return [
    ...[...text.matchAll(tuWord)].map((match) => match[1]!),
    ...[...text.matchAll(tuCommand)].map((match) => match[1]!),
    ...[...text.matchAll(infinitiveWithTe)].map((match) => match[0]).filter((word) => !notInfinitives.has(word.toLowerCase())),
  ];
}

describe("Spanish texts speak as usted", () => {
  it("recognises the tú forms it looks for, and not usted or ordinary words", () => {
    expect(tuFormsIn("Si alguien te pide dinero, denúncialo.")).toEqual(["te", "denúncialo"]);
    expect(tuFormsIn("Elige una ciudad")).toEqual(["Elige"]);
    expect(tuFormsIn("pueden ayudarte con tu caso")).toEqual(["tu", "ayudarte"]);
    expect(tuFormsIn("Elija una ciudad. Si alguien le pide dinero, denúncielo. Forma parte del trámite; la COMAR busca")).toEqual([]);
  });

  it("in every UI message", () => {
    const offending = [...jsonStrings(es, "es")].flatMap(([path, text]) => tuFormsIn(text).map((form) => `${path}: ${form}`));
    expect(offending).toEqual([]);
  });

  it("in every Spanish text of the seed data", async () => {
    const data = await readSeedData();
    const offending = [...jsonStrings(data, "seed", "es"), ...jsonStrings(catalogue, "sources", "es")].flatMap(([path, text]) =>
      tuFormsIn(text).map((form) => `${path}: ${form}`),
    );
    expect(offending).toEqual([]);
  });
});
