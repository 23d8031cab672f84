import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

// What the service worker shows, without a connection, for a page never saved
// on the device. Its links lead to the pages that are always saved.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Offline" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OfflinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Offline");
  const nav = await getTranslations("Layout");
  const savedLinks = [
    { href: "/", label: t("home") },
    { href: "/directory", label: nav("navDirectory") },
    { href: "/organizations", label: nav("navOrganizations") },
    { href: "/legal", label: nav("navLegal") },
  ] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("notSaved")}</p>
      <p>{t("available")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {savedLinks.map(({ href, label }) => (
          <li key={href}>
            <Link href={href}>{label}</Link>
          </li>
        ))}
      </ul>
      <p>{t("retry")}</p>
    </div>
  );
}
