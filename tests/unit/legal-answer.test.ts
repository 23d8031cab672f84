import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bestNoteAnswer, indexNotes } from "@/lib/search/legal-answer";
import { isQuestion } from "@/lib/search/understand";

// The published notes of the seed, in both languages.
const folder = path.resolve(import.meta.dirname, "../../prisma/seed/data/legal-notes");
const notes = readdirSync(folder).map((file) => {
  const note = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
  return { slug: note.slug, jurisdiction: note.jurisdiction, title: Object.values(note.title), summary: Object.values(note.summary), body: Object.values(note.body) } as {
    slug: string;
    jurisdiction: string;
    title: string[];
    summary: string[];
    body: string[];
  };
});
const index = indexNotes(notes);
const answer = (query: string) => bestNoteAnswer(index, query, { question: isQuestion(query) })?.slug ?? null;

describe("the legal note that answers a query", () => {
  it.each([
    ["¿cuántos días tengo para pedir refugio?", "comar-application-deadline"],
    ["how many days do I have to apply for asylum", "comar-application-deadline"],
    ["cuantos dias tengo para pedir asilo", "comar-application-deadline"],
    ["plazo para pedir refugio", "comar-application-deadline"],
    ["protección complementaria", "complementary-protection"],
    ["¿qué es la no devolución?", "non-refoulement"],
    ["definición de Cartagena", "cartagena-refugee-definition"],
    ["what is the cartagena declaration", "cartagena-refugee-definition"],
    ["¿cuánto cuesta pedir refugio?", "avoid-fraud"],
    ["fraude", "avoid-fraud"],
    ["someone is charging me money for a COMAR appointment", "avoid-fraud"],
    ["¿quién puede ser refugiado en México?", "refugee-law-mexico"],
    ["me negaron el refugio, ¿qué hago?", "complementary-protection"],
    ["¿pueden encerrar a un niño en la estación migratoria?", "children-seeking-protection"],
    ["¿puedo pedir refugio por ser mujer maltratada?", "gender-based-persecution"],
    ["huí de la violencia de las pandillas, ¿cuento como refugiado?", "cartagena-refugee-definition"],
    ["can they deport me while my case is pending?", "rights-while-case-pending"],
    ["¿me pueden deportar mientras espero la respuesta de la COMAR?", "rights-while-case-pending"],
    // Words no note holds (a city, a number, a relative) say nothing of which note answers, and do not dilute it.
    ["huí de las pandillas de San Pedro Sula con mis tres hijos, ¿cuento como refugiada?", "cartagena-refugee-definition"],
    ["what are my rights while COMAR decides", "rights-while-case-pending"],
    ["¿pueden detener a niños?", "children-seeking-protection"],
    ["credible fear", "us-credible-fear-expedited-removal-detention"],
    ["I-589", "us-one-year-deadline-form-i-589"],
  ])("%s → %s", (query, slug) => {
    expect(answer(query)).toBe(slug);
  });

  it.each([
    "abogado en tapachula",
    "necesito un abogado gratis",
    "albergue",
    "albergue para mujeres",
    "shelter for women",
    "mujeres",
    "niños no acompañados",
    "lgbti",
    "acnur",
    "fray matias",
    "comar",
    "asylum",
    "¿dónde hay un albergue?",
    "how do I find a lawyer",
    "tapachula",
  ])("answers no note for a search for help or a name: %s", (query) => {
    expect(answer(query)).toBeNull();
  });

  it("prefers Mexico's notes unless the United States is named", () => {
    expect(answer("plazo")).toBe("comar-application-deadline");
    expect(answer("plazo para pedir asilo en estados unidos")).toBe("us-one-year-deadline-form-i-589");
  });
});
