import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfficeForm } from "@/components/admin/office-form";
import { saveOffice } from "@/lib/actions/offices";
import { requireUser } from "@/lib/auth/session";
import { sourceOptions } from "@/lib/data/admin/sources";
import { cityOptions, languageOptions } from "@/lib/data/admin/offices";
import { getOrganizationHeading } from "@/lib/data/admin/organizations";
import type { Locale } from "@/lib/i18n/locales";
import { officeTimeZones } from "@/lib/validation/office-form";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ organization?: string }> };

/** A new office of the organisation named in ?organization=<id>; it starts unpublished. */
export default async function NewOfficePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const organization = await getOrganizationHeading((await searchParams).organization, locale);
  if (!organization) notFound();
  const t = await getTranslations("AdminOffices");
  const tt = await getTranslations("Taxonomy");
  const services = organization.services.map((service) => ({ id: service.id, label: tt(`serviceType.${service.type}`) }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("new", { organization: organization.name })}</h1>
      <OfficeForm
        action={saveOffice.bind(null, { officeId: null, organizationId: organization.id })}
        initial={{ timeZone: "America/Mexico_City" }}
        cities={await cityOptions(locale)}
        services={services}
        languages={languageOptions(locale)}
        timeZones={officeTimeZones}
        sources={await sourceOptions(locale)}
      />
    </div>
  );
}
