import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfficeForm } from "@/components/admin/office-form";
import { CreatedNotice, RecordHistory, RecordStatus } from "@/components/admin/record-status";
import { changeOfficeState, saveOffice } from "@/lib/actions/offices";
import { requireUser } from "@/lib/auth/session";
import { sourceOptions } from "@/lib/data/admin/sources";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { cityOptions, getOfficeForEditing, languageOptions, officeFormSnapshot } from "@/lib/data/admin/offices";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import { officeTimeZones } from "@/lib/validation/office-form";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> };

export default async function AdminOfficePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const office = await getOfficeForEditing(id);
  if (!office) notFound();
  const tt = await getTranslations("Taxonomy");
  const [cities, history] = await Promise.all([cityOptions(locale), listAuditEntries({ entityType: "office", entityId: office.id }, locale)]);
  const services = office.organization.services.map((service) => ({ id: service.id, label: tt(`serviceType.${service.type}`) }));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <a href={`/${locale}/admin/organizations/${office.organizationId}`}>{pickLocalized(office.organization.name, locale)?.text}</a> — {pickLocalized(office.name, locale)?.text}
        </h1>
        <CreatedNotice created={(await searchParams).created === "1"} />
        <RecordStatus
          id={office.id}
          published={office.published}
          archivedAt={office.archivedAt}
          check={{ operation: "verify", at: office.verifiedAt, by: office.verifiedBy?.name ?? null }}
          publicPage={{ pathname: "/offices/[slug]", params: { slug: office.slug } }}
          action={changeOfficeState}
        />
      </header>
      <OfficeForm
        action={saveOffice.bind(null, { officeId: office.id, organizationId: office.organizationId })}
        initial={{ ...officeFormSnapshot(office), version: office.version }}
        cities={cities}
        services={services}
        languages={languageOptions(locale)}
        timeZones={officeTimeZones}
        sources={await sourceOptions(locale)}
      />
      <RecordHistory entries={history} />
    </div>
  );
}
