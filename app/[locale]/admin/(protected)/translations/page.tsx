import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { changeTranslationReviewState } from "@/lib/actions/translation-reviews";
import { requireUser } from "@/lib/auth/session";
import { listTranslationReviewsForAdmin, type TranslationReviewRow } from "@/lib/data/translation-reviews";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname, type Href } from "@/lib/i18n/paths";
import { isReviewLocale, urgentTextById, urgentTextIds, type UrgentTextId } from "@/lib/i18n/urgent-texts";
import { languageNamer } from "@/lib/i18n/language-names";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const outcomeSchema = z.object({
  outcome: z.enum(["reviewed", "unreviewed", "changed", "missing", "invalid"]).optional().catch(undefined),
  text: z.enum(urgentTextIds).optional().catch(undefined),
  lang: z.string().refine(isReviewLocale).optional().catch(undefined),
});

const statusClass = "rounded border-l-4 border-brand-700 bg-brand-50 p-3 font-medium";

/** Where a reader meets the text: the reviewer reads it there, in context. */
function publicPageOf(id: UrgentTextId): Href {
  const text = urgentTextById(id)!;
  if (text.kind === "legalNote") return { pathname: "/legal/[slug]", params: { slug: text.slug } };
  return id === "deadline-calculator" ? "/deadline" : id === "quick-exit" ? "/browse-safely" : "/";
}

/** The urgent texts in each language that waits for a native speaker's review (decision 028). */
export default async function AdminTranslationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminTranslations");
  const format = await getFormatter();
  const shown = outcomeSchema.parse(await searchParams);
  const rows = await listTranslationReviewsForAdmin();
  const languageName = languageNamer(locale);
  const anchor = (id: string, lang: string) => `review-${id}-${lang}`;

  const stateLine = (cell: TranslationReviewRow["locales"][number]) => {
    const date = cell.review ? format.dateTime(cell.review.at, { dateStyle: "long" }) : "";
    if (cell.state === "missing") return t("state.missing");
    if (cell.state === "unreviewed" || !cell.review) return t("state.unreviewed");
    if (cell.state === "changed") return t("state.changed", { date });
    return cell.review.by ? t("state.reviewedBy", { date, name: cell.review.by }) : t("state.reviewed", { date });
  };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {shown.outcome && (shown.outcome === "invalid" || !shown.text || !shown.lang) ? (
        <p role="status" className={statusClass}>
          {t("outcome.invalid")}
        </p>
      ) : null}
      {rows.every((row) => row.locales.length === 0) ? <p>{t("none")}</p> : null}
      {rows.map((row) =>
        row.locales.length === 0 ? null : (
          <section key={row.id} aria-labelledby={`text-${row.id}`} className="space-y-2">
            <h2 id={`text-${row.id}`} className="text-xl font-semibold">
              {t(`text.${row.id}`)}
            </h2>
            <ul className="divide-y divide-gray-200 rounded border border-gray-200">
              {row.locales.map((cell) => (
                <li key={cell.locale} id={anchor(row.id, cell.locale)} className="space-y-2 p-3">
                  {/* The answer stands next to the text it is about: the page opens scrolled to it. */}
                  {shown.outcome && shown.outcome !== "invalid" && shown.text === row.id && shown.lang === cell.locale ? (
                    <p role="status" className={statusClass}>
                      {t(`outcome.${shown.outcome}`, { text: t(`text.${row.id}`), language: languageName(cell.locale) })}
                    </p>
                  ) : null}
                  <p>
                    <strong>{languageName(cell.locale)}</strong>
                    {" · "}
                    <span data-review-state={cell.state}>{stateLine(cell)}</span>
                    {" · "}
                    <a href={getPathname({ href: publicPageOf(row.id), locale: cell.locale })} lang={cell.locale}>
                      {t("viewPublic")}
                    </a>
                  </p>
                  {cell.state === "missing" ? null : (
                    <details>
                      <summary className="cursor-pointer">{t("readText")}</summary>
                      <dl className="mt-2 space-y-2 text-sm">
                        {cell.content.map(([part, value]) => (
                          <div key={part}>
                            <dt className="font-mono text-gray-700">{part}</dt>
                            <dd lang={value === null ? undefined : cell.locale} className="whitespace-pre-line">
                              {value ?? t("partMissing")}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  )}
                  <div className="flex flex-wrap gap-2">
                    {cell.state === "unreviewed" || cell.state === "changed" ? (
                      <ReviewButton id={row.id} locale={cell.locale} hash={cell.hash} operation="review" label={t("markReviewed", { language: languageName(cell.locale) })} />
                    ) : null}
                    {cell.review ? (
                      <ReviewButton id={row.id} locale={cell.locale} hash={cell.hash} operation="unreview" label={t("unmark", { language: languageName(cell.locale) })} />
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

function ReviewButton({ id, locale, hash, operation, label }: { id: string; locale: string; hash: string; operation: "review" | "unreview"; label: string }) {
  return (
    <form action={changeTranslationReviewState}>
      <input type="hidden" name="textId" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="textHash" value={hash} />
      <input type="hidden" name="operation" value={operation} />
      <button type="submit" className={operation === "review" ? "button-primary" : "button-secondary"}>
        {label}
      </button>
    </form>
  );
}
