import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcronymAfterName } from "@/components/organizations/acronym-after-name";
import { RecordFilterNav, recordStateLabel } from "@/components/admin/record-list";
import { requireUser } from "@/lib/auth/session";
import { listOrganizationsForAdmin } from "@/lib/data/admin/organizations";
import { parseRecordFilter, recordFilters } from "@/lib/data/admin/record-filter";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> };

export default async function AdminOrganizationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminOrganizations");
  const tr = await getTranslations("AdminRecord");
  const stateOf = await recordStateLabel();
  const filter = parseRecordFilter((await searchParams).status);
  const organizations = await listOrganizationsForAdmin(filter, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        <a href={`/${locale}/admin/organizations/new`} className="button-secondary">{t("new")}</a>
      </p>
      <RecordFilterNav path={`/${locale}/admin/organizations`} filters={recordFilters} current={filter} />
      <p>{tr("count", { count: organizations.length })}</p>
      <ul className="divide-y divide-gray-200">
        {organizations.map((organization) => (
          <li key={organization.id} className="py-2">
            <a href={`/${locale}/admin/organizations/${organization.id}`} className="font-medium">
              {organization.name}
              <AcronymAfterName name={organization.name} acronym={organization.acronym} className="ml-1" />
            </a>
            <span className="block text-sm text-gray-700">
              {[stateOf(organization), `${t("offices")}: ${organization.offices}`, `${t("services")}: ${organization.services}`].join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
