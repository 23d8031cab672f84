import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationCard } from "@/components/organizations/organization-card";
import { listOrganizationsWithOffices } from "@/lib/data/organizations";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/alternates";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Organizations" });
  return { title: t("title"), description: t("description"), alternates: localeAlternates("/organizations", locale) };
}

export default async function OrganizationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Organizations");
  const organizations = await listOrganizationsWithOffices(locale);
  return (
    // A list of cards to scan: on a laptop it uses the width, like the directory (decision 022).
    <div data-wide className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { count: organizations.length })}</p>
      <ul className="space-y-4 lg:grid lg:grid-cols-2 lg:gap-4 lg:space-y-0">
        {organizations.map((organization) => (
          <li key={organization.id}>
            <OrganizationCard organization={organization} />
          </li>
        ))}
      </ul>
    </div>
  );
}
