import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { LegalAnswer } from "@/lib/data/legal-answer";
import { Link } from "@/lib/i18n/navigation";

/** The legal note that answers the typed question, above the listings: its title (a link) and its answer in one line. */
export async function LegalAnswerBox({ answer }: { answer: LegalAnswer }) {
  const t = await getTranslations("Directory");
  return (
    <section aria-labelledby="answer" className="space-y-1 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
      <h2 id="answer" className="text-sm font-semibold">
        {t("answer")}
      </h2>
      <h3 className="text-lg font-semibold">
        <Link href={{ pathname: "/legal/[slug]", params: { slug: answer.slug } }}>
          <LocalizedText value={answer.title} fallback={answer.slug} />
        </Link>
      </h3>
      <LocalizedText value={answer.answer} as="p" />
    </section>
  );
}
