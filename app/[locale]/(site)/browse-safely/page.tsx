import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReviewMark } from "@/components/ui/review-mark";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "BrowseSafely" });
  return { title: t("title"), description: t("description"), alternates: localeAlternates("/browse-safely", locale) };
}

/** Private windows, clearing history, and what the quick exit can and cannot do (docs/decisions/021-quick-exit.md). */
export default async function BrowseSafelyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("BrowseSafely");
  const sections = [
    { id: "private", title: t("privateTitle"), body: [t("privateBody")] },
    { id: "history", title: t("historyTitle"), body: [t("historyBody")] },
    { id: "exit", title: t("exitTitle"), body: [t("exitBody"), t("exitWithScript"), t("exitWithoutScript"), t("exitKeys")] },
    { id: "offline", title: t("offlineTitle"), body: [t("offlineBody")] },
  ];
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ReviewMark textId="quick-exit" locale={locale} />
        <p>{t("intro")}</p>
      </header>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`safely-${section.id}`} className="space-y-2">
          <h2 id={`safely-${section.id}`} className="text-xl font-semibold">
            {section.title}
          </h2>
          {section.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <p>
        <Link href="/" locale={locale}>
          {t("backHome")}
        </Link>
      </p>
    </article>
  );
}
