import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreatedNotice, RecordHistory, RecordStatus } from "@/components/admin/record-status";
import { ServiceForm } from "@/components/admin/service-form";
import { changeServiceState, saveService } from "@/lib/actions/services";
import { requireUser } from "@/lib/auth/session";
import { sourceOptions } from "@/lib/data/admin/sources";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { serviceFormSnapshot } from "@/lib/data/admin/service-snapshot";
import { getServiceForEditing } from "@/lib/data/admin/services";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> };

export default async function AdminServicePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const service = await getServiceForEditing(id);
  if (!service) notFound();
  const t = await getTranslations("AdminServices");
  const tt = await getTranslations("Taxonomy");
  const history = await listAuditEntries({ entityType: "service", entityId: service.id }, locale);
  const organization = pickLocalized(service.organization.name, locale)?.text ?? "";
  const offices = service.organization.offices.map((office) => ({ id: office.id, label: pickLocalized(office.name, locale)?.text ?? "" }));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{tt(`serviceType.${service.type}`)}</h1>
        <p>
          {t("of", { organization })} · <a href={`/${locale}/admin/organizations/${service.organizationId}`}>{t("backToOrganization")}</a>
        </p>
        <CreatedNotice created={(await searchParams).created === "1"} />
        <RecordStatus
          id={service.id}
          published={service.published}
          archivedAt={service.archivedAt}
          publicPage={{ pathname: "/organizations/[slug]", params: { slug: service.organization.slug } }}
          action={changeServiceState}
        />
      </header>
      <ServiceForm
        action={saveService.bind(null, { serviceId: service.id, organizationId: service.organizationId })}
        initial={{ ...serviceFormSnapshot(service), version: service.version }}
        offices={offices}
        sources={await sourceOptions(locale)}
      />
      <RecordHistory entries={history} />
    </div>
  );
}
