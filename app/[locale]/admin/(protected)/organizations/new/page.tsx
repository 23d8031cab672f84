import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { saveOrganization } from "@/lib/actions/organizations";
import { requireUser } from "@/lib/auth/session";
import { sourceOptions } from "@/lib/data/admin/sources";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

/** A new organisation; it starts unpublished. */
export default async function NewOrganizationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminOrganizations");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <OrganizationForm action={saveOrganization.bind(null, null)} initial={{ scope: "local", freeOfCharge: "unknown" }} sources={await sourceOptions(locale)} />
    </div>
  );
}
