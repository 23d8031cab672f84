import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { urgentTextsAwaitingReview } from "@/lib/data/translation-reviews";
import { isRequiredLocale, type Locale } from "@/lib/i18n/locales";
import type { UrgentTextId } from "@/lib/i18n/urgent-texts";

// One read per request, however many marks the page has.
const awaitingReview = cache(urgentTextsAwaitingReview);

/**
 * "Translation not yet reviewed by a native speaker", next to an urgent text
 * (lib/i18n/urgent-texts.ts) in a language other than the originals, until an
 * editor marks that text reviewed in that language (decision 028).
 */
export function ReviewMark({ textId, locale, className }: { textId: UrgentTextId; locale: Locale; className?: string }) {
  // Synchronous for Spanish and English: no query, and no row in the page's RSC payload.
  if (isRequiredLocale(locale)) return null;
  return <PendingReviewMark textId={textId} locale={locale} className={className} />;
}

async function PendingReviewMark({ textId, locale, className }: { textId: UrgentTextId; locale: Locale; className?: string }) {
  if (!(await awaitingReview(locale)).has(textId)) return null;
  const t = await getTranslations("ReviewMark");
  return (
    <p data-review-mark={textId} className={`text-sm italic text-gray-700 ${className ?? ""}`.trim()}>
      {t("notReviewed")}
    </p>
  );
}
