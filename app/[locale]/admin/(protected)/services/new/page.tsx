import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ServiceForm } from "@/components/admin/service-form";
import { saveService } from "@/lib/actions/services";
import { requireUser } from "@/lib/auth/session";
import { sourceOptions } from "@/lib/data/admin/sources";
import { getOrganizationHeading } from "@/lib/data/admin/organizations";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ organization?: string }> };

/** A new service of the organisation named in ?organization=<id>; it starts unpublished. */
export default async function NewServicePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const organization = await getOrganizationHeading((await searchParams).organization, locale);
  if (!organization) notFound();
  const t = await getTranslations("AdminServices");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("new", { organization: organization.name })}</h1>
      <ServiceForm action={saveService.bind(null, { serviceId: null, organizationId: organization.id })} initial={{ cost: "unknown" }} offices={organization.offices} sources={await sourceOptions(locale)} />
    </div>
  );
}
