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
  it("requires every locale", () => {
    expect(localizedTextSchema.safeParse({ es: "Hola" }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ es: "Hola", en: "Hello" }).success).toBe(true);
  });
});
