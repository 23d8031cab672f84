import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { recordStateLabel } from "@/components/admin/record-list";
import { CreatedNotice, RecordHistory, RecordStatus } from "@/components/admin/record-status";
import { changeOrganizationState, saveOrganization } from "@/lib/actions/organizations";
import { requireUser } from "@/lib/auth/session";
import { sourceOptions } from "@/lib/data/admin/sources";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { organizationFormSnapshot } from "@/lib/data/admin/organization-snapshot";
import { getOrganizationForEditing } from "@/lib/data/admin/organizations";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> };

export default async function AdminOrganizationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const organization = await getOrganizationForEditing(id);
  if (!organization) notFound();
  const t = await getTranslations("AdminOrganizations");
  const tt = await getTranslations("Taxonomy");
  const stateOf = await recordStateLabel();
  const history = await listAuditEntries({ entityType: "organization", entityId: organization.id }, locale);
  const admin = `/${locale}/admin`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{pickLocalized(organization.name, locale)?.text}</h1>
        <CreatedNotice created={(await searchParams).created === "1"} />
        <RecordStatus
          id={organization.id}
          published={organization.published}
          archivedAt={organization.archivedAt}
          check={{ operation: "verify", at: organization.verifiedAt, by: organization.verifiedBy?.name ?? null }}
          publicPage={{ pathname: "/organizations/[slug]", params: { slug: organization.slug } }}
          action={changeOrganizationState}
        />
      </header>
      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="offices-heading" className="space-y-2">
          <h2 id="offices-heading" className="text-xl font-semibold">{t("offices")}</h2>
          <ul className="list-disc pl-6">
            {organization.offices.map((office) => (
              <li key={office.id}>
                <a href={`${admin}/offices/${office.id}`}>{pickLocalized(office.name, locale)?.text}</a>
                <span className="text-sm text-gray-700"> · {stateOf({ published: office.published, archived: office.archivedAt !== null })}</span>
              </li>
            ))}
          </ul>
          <a href={`${admin}/offices/new?organization=${organization.id}`}>{t("addOffice")}</a>
        </section>
        <section aria-labelledby="services-heading" className="space-y-2">
          <h2 id="services-heading" className="text-xl font-semibold">{t("services")}</h2>
          {organization.services.length ? null : <p>{t("noServices")}</p>}
          <ul className="list-disc pl-6">
            {organization.services.map((service) => (
              <li key={service.id}>
                <a href={`${admin}/services/${service.id}`}>{tt(`serviceType.${service.type}`)}</a>
                <span className="text-sm text-gray-700"> · {stateOf({ published: service.published, archived: service.archivedAt !== null })}</span>
              </li>
            ))}
          </ul>
          <a href={`${admin}/services/new?organization=${organization.id}`}>{t("addService")}</a>
        </section>
      </div>
      <OrganizationForm action={saveOrganization.bind(null, organization.id)} initial={{ ...organizationFormSnapshot(organization), version: organization.version }} sources={await sourceOptions(locale)} />
      <RecordHistory entries={history} />
    </div>
  );
}
