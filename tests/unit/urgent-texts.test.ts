// The texts that must not wait for a translator exist in every locale, and a
// review is tied to the exact text it was made on (decision 028).
import { describe, expect, it } from "vitest";
import { catalogues } from "@/lib/i18n/catalogues";
import { defaultLocale, isRequiredLocale, locales } from "@/lib/i18n/locales";
import { contentHash, expandMessageKeys, messageContent, noteContent } from "@/lib/i18n/urgent-content";
import { reviewLocales, urgentNoteSlugs, urgentTextOfNote, urgentTexts } from "@/lib/i18n/urgent-texts";
import { translationReviewFormSchema } from "@/lib/validation/translation-review";
import { readSeedData } from "@/prisma/seed/read-seed-files";

const missing = (content: Record<string, string | null>) => Object.keys(content).filter((key) => content[key] === null);

describe("urgent texts", () => {
  it("have distinct ids, and each message list names messages that exist in the default locale", () => {
    expect(new Set(urgentTexts.map((text) => text.id)).size).toBe(urgentTexts.length);
    for (const text of urgentTexts) {
      if (text.kind !== "messages") continue;
      const keys = expandMessageKeys(text.keys);
      expect(keys.length, text.id).toBeGreaterThanOrEqual(text.keys.length);
      expect(missing(messageContent(text.keys, defaultLocale)), text.id).toEqual([]);
    }
  });

  it("take every message of a namespace named whole", () => {
    const deadline = catalogues[defaultLocale]!.Deadline as Record<string, unknown>;
    const keys = expandMessageKeys(["Deadline"]);
    expect(keys).toContain("Deadline.title");
    expect(keys).toContain("Deadline.restDays.christmas");
    expect(keys.filter((key) => !key.startsWith("Deadline.restDays.") && !key.startsWith("Deadline.sourceStates."))).toHaveLength(
      Object.values(deadline).filter((value) => typeof value === "string").length,
    );
  });

  it.each(locales)("are all written in %s (messages)", (locale) => {
    for (const text of urgentTexts) {
      if (text.kind === "messages") expect(missing(messageContent(text.keys, locale)), `${text.id} in ${locale}`).toEqual([]);
    }
  });

  it.each(locales)("are all written in %s (legal notes of the seed)", async (locale) => {
    const notes = (await readSeedData()).legalNotes;
    expect(urgentNoteSlugs.length).toBeGreaterThan(0);
    for (const slug of urgentNoteSlugs) {
      const note = notes.find((candidate) => candidate.slug === slug);
      expect(note, slug).toBeDefined();
      expect(missing(noteContent(note!, locale)), `${slug} in ${locale}`).toEqual([]);
    }
  });

  it("read a locale's own messages, never the fallback, so a missing one is seen", () => {
    const catalogue = { Home: { deadlineTitle: "Titre", deadlineBody: "  " } };
    expect(messageContent(["Home.deadlineTitle", "Home.deadlineBody", "Home.deadlineLink"], "xx", catalogue)).toEqual({
      "Home.deadlineBody": null,
      "Home.deadlineLink": null,
      "Home.deadlineTitle": "Titre",
    });
  });

  it("know which legal notes are urgent", () => {
    expect(urgentTextOfNote("comar-application-deadline")).toBe("note-comar-application-deadline");
    expect(urgentTextOfNote("avoid-fraud")).toBe("note-avoid-fraud");
    expect(urgentTextOfNote("non-refoulement")).toBeNull();
  });

  it("wait for review only in the locales that are not required", () => {
    expect(reviewLocales()).toEqual(locales.filter((locale) => !isRequiredLocale(locale)));
    expect(reviewLocales()).not.toContain(defaultLocale);
    expect(reviewLocales()).not.toContain("en");
  });
});

describe("the hash a review is kept with", () => {
  const note = { title: { es: "Plazo", fr: "Délai" }, summary: { es: "Resumen", fr: "Résumé" }, body: { es: "Cuerpo", fr: "Corps" } };

  it("is the same for the same text, whatever the order of its parts", () => {
    expect(contentHash({ a: "1", b: "2" })).toBe(contentHash({ b: "2", a: "1" }));
    expect(contentHash(noteContent(note, "fr"))).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any part of the text changes, and only for its own locale", () => {
    const before = contentHash(noteContent(note, "fr"));
    const edited = { ...note, body: { ...note.body, fr: "Corps modifié" } };
    expect(contentHash(noteContent(edited, "fr"))).not.toBe(before);
    expect(contentHash(noteContent(edited, "es"))).toBe(contentHash(noteContent(note, "es")));
    // A part that goes missing is a change too, and a part is not confused with another of the same words.
    expect(contentHash({ title: "Délai", summary: null })).not.toBe(contentHash({ title: "Délai" }));
    expect(contentHash({ title: "x", summary: "y" })).not.toBe(contentHash({ title: "y", summary: "x" }));
  });
});

describe("the mark-reviewed button's fields", () => {
  const hash = "a".repeat(64);

  it("refuse an unknown text, a required locale and a malformed hash", () => {
    const base = { textId: "home-deadline", textHash: hash, operation: "review" };
    expect(translationReviewFormSchema.safeParse({ ...base, locale: "es" }).success).toBe(false);
    expect(translationReviewFormSchema.safeParse({ ...base, locale: "en" }).success).toBe(false);
    expect(translationReviewFormSchema.safeParse({ ...base, textId: "home", locale: reviewLocales()[0] ?? "fr" }).success).toBe(false);
    expect(translationReviewFormSchema.safeParse({ ...base, textHash: "abc", locale: reviewLocales()[0] ?? "fr" }).success).toBe(false);
  });

  it.each(reviewLocales())("accept the text in %s", (locale) => {
    expect(translationReviewFormSchema.parse({ textId: "note-avoid-fraud", locale, textHash: hash, operation: "unreview" })).toEqual({
      textId: "note-avoid-fraud",
      locale,
      textHash: hash,
      operation: "unreview",
    });
  });
});
