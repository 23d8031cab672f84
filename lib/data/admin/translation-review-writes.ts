// Marking an urgent text reviewed by a native speaker in one locale, or taking
// the mark back (decision 028). The review is stored with the hash of the text
// the editor was shown; it is refused when the text changed since, so a review
// never covers words nobody read.
import { writeAudit, type Actor } from "@/lib/audit";
import { currentContent, loadUrgentNotes } from "@/lib/data/translation-reviews";
import { contentHash, hasContent } from "@/lib/i18n/urgent-content";
import { urgentTextById } from "@/lib/i18n/urgent-texts";
import type { TranslationReviewChange } from "@/lib/validation/translation-review";
import type { PrismaClient } from "@/prisma/generated/client";

export type TranslationReviewOutcome =
  /** The text is now marked reviewed (or already was, for this very text). */
  | "reviewed"
  /** The mark is gone (or there was none). */
  | "unreviewed"
  /** Refused: the text is not the one the editor was shown. */
  | "changed"
  /** Refused: no such text in that locale. */
  | "missing";

export const translationReviewEntityType = "translation_review";

/** The audit log's id of one text in one locale ("home-deadline:fr"). */
export const translationReviewEntityId = (textId: string, locale: string) => `${textId}:${locale}`;

type ReviewRow = { textHash: string; reviewedAt: Date; reviewedById: string | null };
const snapshot = (row: ReviewRow | null) => (row ? { textHash: row.textHash, reviewedAt: row.reviewedAt.toISOString(), reviewedById: row.reviewedById } : null);

export async function changeTranslationReview(prisma: PrismaClient, actor: Actor, change: TranslationReviewChange): Promise<TranslationReviewOutcome> {
  const text = urgentTextById(change.textId);
  if (!text) return "missing";
  const key = { textId_locale: { textId: change.textId, locale: change.locale } };
  const entityId = translationReviewEntityId(change.textId, change.locale);
  return prisma.$transaction(async (tx) => {
    // Hashed again here, from what is stored now: a note edited since the page was shown is refused.
    const content = currentContent(text, change.locale, text.kind === "legalNote" ? await loadUrgentNotes(tx) : new Map());
    if (!hasContent(content)) return "missing";
    const before = await tx.translationReview.findUnique({ where: key, select: { textHash: true, reviewedAt: true, reviewedById: true } });
    if (change.operation === "unreview") {
      if (!before) return "unreviewed";
      await tx.translationReview.delete({ where: key });
      await writeAudit(tx, actor, { action: "update", entityType: translationReviewEntityType, entityId, before: snapshot(before) });
      return "unreviewed";
    }
    const hash = contentHash(content);
    if (hash !== change.textHash) return "changed";
    if (before?.textHash === hash) return "reviewed";
    const data = { textHash: hash, reviewedAt: new Date(), reviewedById: actor.id };
    const after = await tx.translationReview.upsert({
      where: key,
      create: { textId: change.textId, locale: change.locale, ...data },
      update: data,
      select: { textHash: true, reviewedAt: true, reviewedById: true },
    });
    await writeAudit(tx, actor, { action: "verify", entityType: translationReviewEntityType, entityId, before: snapshot(before) ?? undefined, after: snapshot(after) });
    return "reviewed";
  });
}
