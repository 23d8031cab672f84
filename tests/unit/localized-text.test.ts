import { describe, expect, it } from "vitest";
import { localizedTextSchema, pickLocalized } from "@/lib/validation/localized-text";

describe("pickLocalized", () => {
  it("returns the text in the requested language", () => {
    expect(pickLocalized({ es: "Albergue", en: "Shelter" }, "en")).toEqual({ text: "Shelter", locale: "en", isFallback: false });
  });

  it("falls back to Spanish and says so when English is missing", () => {
    expect(pickLocalized({ es: "Albergue" }, "en")).toEqual({ text: "Albergue", locale: "es", isFallback: true });
  });

  it("falls back to any language when the default one is missing", () => {
    expect(pickLocalized({ en: "Shelter" }, "es")).toEqual({ text: "Shelter", locale: "en", isFallback: true });
  });

  it("shows a French, Kreyòl or Portuguese reader the Spanish text, marked, when theirs is missing (fixed order: Spanish first)", () => {
    for (const locale of ["fr", "ht", "pt"] as const) {
      expect(pickLocalized({ es: "Albergue", en: "Shelter" }, locale)).toEqual({ text: "Albergue", locale: "es", isFallback: true });
    }
    expect(pickLocalized({ es: "Albergue", en: "Shelter", ht: "Abri" }, "ht")).toEqual({ text: "Abri", locale: "ht", isFallback: false });
    expect(pickLocalized({ en: "Shelter", fr: "Refuge" }, "pt")).toEqual({ text: "Shelter", locale: "en", isFallback: true });
  });

  it("does not mark a name, written the same in every required language, as untranslated", () => {
    expect(pickLocalized({ es: "Al Otro Lado", en: "Al Otro Lado" }, "fr")).toEqual({ text: "Al Otro Lado", locale: "fr", isFallback: false });
    expect(pickLocalized({ es: "Al Otro Lado", en: "Al Otro Lado", fr: "De l'autre côté" }, "fr")?.text).toBe("De l'autre côté");
    // Only one required language written: a missing translation, not a name.
    expect(pickLocalized({ es: "Al Otro Lado" }, "fr")?.isFallback).toBe(true);
  });

  it("treats blank text as missing", () => {
    expect(pickLocalized({ es: "Albergue", en: "   " }, "en")?.isFallback).toBe(true);
  });

  it("returns null for empty or malformed values", () => {
    expect(pickLocalized(null, "es")).toBeNull();
    expect(pickLocalized({}, "es")).toBeNull();
    expect(pickLocalized("Albergue", "es")).toBeNull();
  });
});

describe("localizedTextSchema", () => {
  it("requires Spanish and English, and keeps French, Kreyòl and Portuguese when written", () => {
    expect(localizedTextSchema.safeParse({ es: "Hola" }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ es: "Hola", en: "Hello" }).success).toBe(true);
    expect(localizedTextSchema.parse({ es: "Hola", en: "Hello", fr: "Bonjour", ht: "Bonjou", pt: "Olá" })).toEqual({ es: "Hola", en: "Hello", fr: "Bonjour", ht: "Bonjou", pt: "Olá" });
    expect(localizedTextSchema.safeParse({ es: "Hola", fr: "Bonjour" }).success).toBe(false);
  });
});
