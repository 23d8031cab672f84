import "server-only";
import { db } from "@/lib/db/client";
import { isRequiredLocale, type Locale } from "@/lib/i18n/locales";
import { contentHash, hasContent, urgentContent, type NoteTexts, type UrgentContent } from "@/lib/i18n/urgent-content";
import { reviewLocales, urgentNoteSlugs, urgentTexts, type UrgentText, type UrgentTextId } from "@/lib/i18n/urgent-texts";
import type { Prisma, PrismaClient } from "@/prisma/generated/client";

type Client = PrismaClient | Prisma.TransactionClient;

/** The urgent legal notes' texts (every locale), by slug. */
export async function loadUrgentNotes(client: Client): Promise<Map<string, NoteTexts>> {
  const rows = await client.legalNote.findMany({ where: { slug: { in: [...urgentNoteSlugs] } }, select: { slug: true, title: true, summary: true, body: true } });
  return new Map(rows.map((row) => [row.slug, row]));
}

/** What `text` says now in `locale`, given the urgent notes as loaded. */
export function currentContent(text: UrgentText, locale: Locale, notes: Map<string, NoteTexts>): UrgentContent {
  return urgentContent(text, locale, text.kind === "legalNote" ? (notes.get(text.slug) ?? null) : null);
}

/**
 * The urgent texts of `locale` that carry the "not yet reviewed" mark: those
 * the locale has (a note not translated yet shows the Spanish text, marked as
 * a fallback instead) and that no review covers, or whose review was made on
 * an earlier version of the text. Empty for the required locales, without a query.
 */
export async function urgentTextsAwaitingReview(locale: Locale): Promise<ReadonlySet<UrgentTextId>> {
  if (isRequiredLocale(locale)) return new Set();
  const [reviews, notes] = await Promise.all([
    db().translationReview.findMany({ where: { locale }, select: { textId: true, textHash: true } }),
    loadUrgentNotes(db()),
  ]);
  const reviewed = new Map(reviews.map((review) => [review.textId, review.textHash]));
  const awaiting = urgentTexts.filter((text) => {
    const content = currentContent(text, locale, notes);
    return hasContent(content) && reviewed.get(text.id) !== contentHash(content);
  });
  return new Set(awaiting.map((text) => text.id));
}

export type TranslationReviewState = "unreviewed" | "reviewed" | "changed" | "missing";

/** Every urgent text in every locale that needs review, with the text itself, for the admin page. */
export async function listTranslationReviewsForAdmin() {
  const locales = reviewLocales();
  const [reviews, notes] = await Promise.all([
    db().translationReview.findMany({
      where: { locale: { in: locales } },
      select: { textId: true, locale: true, textHash: true, reviewedAt: true, reviewedBy: { select: { name: true, email: true } } },
    }),
    loadUrgentNotes(db()),
  ]);
  return urgentTexts.map((text) => ({
    id: text.id,
    kind: text.kind,
    locales: locales.map((locale) => {
      const content = currentContent(text, locale, notes);
      const hash = contentHash(content);
      const review = reviews.find((row) => row.textId === text.id && row.locale === locale) ?? null;
      const state: TranslationReviewState = !hasContent(content) ? "missing" : !review ? "unreviewed" : review.textHash === hash ? "reviewed" : "changed";
      return {
        locale,
        state,
        hash,
        content: Object.entries(content),
        review: review ? { at: review.reviewedAt, by: review.reviewedBy?.name ?? review.reviewedBy?.email ?? null } : null,
      };
    }),
  }));
}

export type TranslationReviewRow = Awaited<ReturnType<typeof listTranslationReviewsForAdmin>>[number];
