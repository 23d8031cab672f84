// Marking an urgent text reviewed by a native speaker, per text and per locale
// (decision 028): the mark goes and comes back with the text, a review of a
// text that changed since the page was shown is refused, every change is audited.
import { describe, expect, it } from "vitest";
import { changeTranslationReview } from "@/lib/data/admin/translation-review-writes";
import { listTranslationReviewsForAdmin, urgentTextsAwaitingReview } from "@/lib/data/translation-reviews";
import { reviewLocales, type UrgentTextId } from "@/lib/i18n/urgent-texts";
import { useSeededTestDatabaseWithEditor } from "@/tests/setup/test-database";

const [locale, otherLocale] = reviewLocales();

// Only a language beyond the required ones has texts to review.
describe.skipIf(!locale || !otherLocale)("translation reviews", () => {
  const { database, actor } = useSeededTestDatabaseWithEditor();

  async function hashShown(textId: UrgentTextId, inLocale = locale!) {
    const row = (await listTranslationReviewsForAdmin()).find((candidate) => candidate.id === textId)!;
    return row.locales.find((cell) => cell.locale === inLocale)!;
  }
  const auditOf = (textId: string) =>
    database.prisma.auditEntry.findMany({ where: { entityType: "translation_review", entityId: `${textId}:${locale}` }, orderBy: { at: "asc" } });

  it("marks every urgent text in a new language until it is reviewed, and none in Spanish", async () => {
    const awaiting = await urgentTextsAwaitingReview(locale!);
    expect([...awaiting].sort()).toEqual(["deadline-calculator", "fraud-warning", "home-deadline", "home-first-steps", "note-avoid-fraud", "note-comar-application-deadline", "quick-exit"]);
    expect((await urgentTextsAwaitingReview("es")).size).toBe(0);
    expect((await hashShown("home-deadline")).state).toBe("unreviewed");
  });

  it("marks one text reviewed in one language, with who and when, and audits it", async () => {
    const cell = await hashShown("home-deadline");
    const outcome = await changeTranslationReview(database.prisma, actor, { textId: "home-deadline", locale: locale!, textHash: cell.hash, operation: "review" });
    expect(outcome).toBe("reviewed");
    expect(await urgentTextsAwaitingReview(locale!)).not.toContain("home-deadline");
    expect(await urgentTextsAwaitingReview(locale!)).toContain("deadline-calculator");
    expect(await urgentTextsAwaitingReview(otherLocale!)).toContain("home-deadline");
    const stored = await database.prisma.translationReview.findUniqueOrThrow({ where: { textId_locale: { textId: "home-deadline", locale: locale! } } });
    expect(stored).toMatchObject({ textHash: cell.hash, reviewedById: actor.id });
    expect(Date.now() - stored.reviewedAt.getTime()).toBeLessThan(60_000);
    expect(await hashShown("home-deadline")).toMatchObject({ state: "reviewed", review: { by: "Lía" } });
    const entries = await auditOf("home-deadline");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "verify", actorId: actor.id, actorEmail: actor.email, before: null, after: { textHash: cell.hash, reviewedById: actor.id } });
    // Pressing the button again changes nothing and records nothing.
    expect(await changeTranslationReview(database.prisma, actor, { textId: "home-deadline", locale: locale!, textHash: cell.hash, operation: "review" })).toBe("reviewed");
    expect(await auditOf("home-deadline")).toHaveLength(1);
  });

  it("refuses a review of a text that changed since the page was shown, and writes nothing", async () => {
    const shown = await hashShown("note-avoid-fraud");
    const note = await database.prisma.legalNote.findUniqueOrThrow({ where: { slug: "avoid-fraud" } });
    const body = note.body as Record<string, string>;
    await database.prisma.legalNote.update({ where: { id: note.id }, data: { body: { ...body, [locale!]: `${body[locale!]}\n\nUne phrase ajoutée.` } } });
    const outcome = await changeTranslationReview(database.prisma, actor, { textId: "note-avoid-fraud", locale: locale!, textHash: shown.hash, operation: "review" });
    expect(outcome).toBe("changed");
    expect(await database.prisma.translationReview.count({ where: { textId: "note-avoid-fraud" } })).toBe(0);
    expect(await auditOf("note-avoid-fraud")).toHaveLength(0);
    expect(await urgentTextsAwaitingReview(locale!)).toContain("note-avoid-fraud");
    // The text as it is now can be reviewed.
    const now = await hashShown("note-avoid-fraud");
    expect(now.hash).not.toBe(shown.hash);
    expect(await changeTranslationReview(database.prisma, actor, { textId: "note-avoid-fraud", locale: locale!, textHash: now.hash, operation: "review" })).toBe("reviewed");
    expect(await urgentTextsAwaitingReview(locale!)).not.toContain("note-avoid-fraud");
  });

  it("marks a reviewed text again once it is edited, in that language only", async () => {
    const cell = await hashShown("note-comar-application-deadline");
    expect(await changeTranslationReview(database.prisma, actor, { textId: "note-comar-application-deadline", locale: locale!, textHash: cell.hash, operation: "review" })).toBe("reviewed");
    expect(await urgentTextsAwaitingReview(locale!)).not.toContain("note-comar-application-deadline");
    const note = await database.prisma.legalNote.findUniqueOrThrow({ where: { slug: "comar-application-deadline" } });
    const title = note.title as Record<string, string>;
    // Editing the Spanish text leaves the translation's review standing; editing the translation does not.
    await database.prisma.legalNote.update({ where: { id: note.id }, data: { title: { ...title, es: `${title.es} (2026)` } } });
    expect(await urgentTextsAwaitingReview(locale!)).not.toContain("note-comar-application-deadline");
    await database.prisma.legalNote.update({ where: { id: note.id }, data: { title: { ...title, [locale!]: `${title[locale!]} (2026)` } } });
    expect(await urgentTextsAwaitingReview(locale!)).toContain("note-comar-application-deadline");
    expect((await hashShown("note-comar-application-deadline")).state).toBe("changed");
  });

  it("unmarks a review, audited with what it was", async () => {
    const cell = await hashShown("home-deadline");
    expect(await changeTranslationReview(database.prisma, actor, { textId: "home-deadline", locale: locale!, textHash: cell.hash, operation: "unreview" })).toBe("unreviewed");
    expect(await urgentTextsAwaitingReview(locale!)).toContain("home-deadline");
    expect(await database.prisma.translationReview.count({ where: { textId: "home-deadline", locale } })).toBe(0);
    const entries = await auditOf("home-deadline");
    expect(entries.map((entry) => entry.action)).toEqual(["verify", "update"]);
    expect(entries[1]).toMatchObject({ before: { textHash: cell.hash }, after: null });
    // Unmarking what is not marked records nothing.
    expect(await changeTranslationReview(database.prisma, actor, { textId: "home-deadline", locale: locale!, textHash: cell.hash, operation: "unreview" })).toBe("unreviewed");
    expect(await auditOf("home-deadline")).toHaveLength(2);
  });

  it("keeps a review when its reviewer's account is deleted", async () => {
    const cell = await hashShown("quick-exit");
    const reviewer = await database.prisma.user.create({ data: { id: "reviewer-to-delete", name: "Temp", email: "temp@example.org" } });
    expect(await changeTranslationReview(database.prisma, { id: reviewer.id, email: reviewer.email }, { textId: "quick-exit", locale: locale!, textHash: cell.hash, operation: "review" })).toBe("reviewed");
    await database.prisma.user.delete({ where: { id: reviewer.id } });
    expect(await database.prisma.translationReview.findUniqueOrThrow({ where: { textId_locale: { textId: "quick-exit", locale: locale! } } })).toMatchObject({ reviewedById: null });
    expect(await urgentTextsAwaitingReview(locale!)).not.toContain("quick-exit");
  });
});
