"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { revalidatePublicPages } from "@/lib/actions/form-flow";
import { requireUser } from "@/lib/auth/session";
import { announceWrite } from "@/lib/cache/invalidation";
import { changeTranslationReview } from "@/lib/data/admin/translation-review-writes";
import { db } from "@/lib/db/client";
import { translationReviewFormSchema } from "@/lib/validation/translation-review";

/**
 * "Mark reviewed" / "Unmark" on the translations page. Any signed-in editor may
 * do it, as with a legal note's "mark reviewed" (decision 028). Answers with the
 * page again, saying what happened next to the text, so it works without JavaScript.
 */
export async function changeTranslationReviewState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const locale = await getLocale();
  const parsed = translationReviewFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(`/${locale}/admin/translations?outcome=invalid`);
  const { textId, locale: textLocale } = parsed.data;
  const outcome = await changeTranslationReview(db(), actor, parsed.data);
  if (outcome === "reviewed" || outcome === "unreviewed") {
    // The marks sit on many pages (home, deadline, fraud boxes, notes): every kept copy of them goes, on every instance.
    await announceWrite(db(), ["all"]);
    revalidatePublicPages();
  }
  redirect(`/${locale}/admin/translations?outcome=${outcome}&text=${textId}&lang=${textLocale}#review-${textId}-${textLocale}`);
}
