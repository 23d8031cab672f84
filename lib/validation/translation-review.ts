import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { isReviewLocale, urgentTextIds } from "@/lib/i18n/urgent-texts";

/**
 * The admin's "mark reviewed" / "unmark" button (hidden fields): which urgent
 * text, in which locale, and the hash of the text the page showed.
 */
export const translationReviewFormSchema = z.object({
  textId: z.enum(urgentTextIds),
  // Only a locale whose texts wait for review: Spanish and English are the originals.
  locale: z.string().refine(isReviewLocale).transform((locale) => locale as Locale),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  operation: z.enum(["review", "unreview"]),
});

export type TranslationReviewChange = z.infer<typeof translationReviewFormSchema>;
