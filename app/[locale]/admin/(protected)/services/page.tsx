import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecordFilterNav, recordStateLabel } from "@/components/admin/record-list";
import { requireUser } from "@/lib/auth/session";
import { parseRecordFilter } from "@/lib/data/admin/record-filter";
import { listServicesForAdmin } from "@/lib/data/admin/services";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> };
const filters = ["all", "unpublished", "archived"] as const;

export default async function AdminServicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminServices");
  const tr = await getTranslations("AdminRecord");
  const tt = await getTranslations("Taxonomy");
  const stateOf = await recordStateLabel();
  const filter = parseRecordFilter((await searchParams).status, filters) as (typeof filters)[number];
  const services = await listServicesForAdmin(filter, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-gray-700">{t("newHint")}</p>
      <RecordFilterNav path={`/${locale}/admin/services`} filters={filters} current={filter} />
      <p>{tr("count", { count: services.length })}</p>
      <ul className="divide-y divide-gray-200">
        {services.map((service) => (
          <li key={service.id} className="py-2">
            <a href={`/${locale}/admin/services/${service.id}`} className="font-medium">
              {service.organization} — {tt(`serviceType.${service.type}`)}
            </a>
            <span className="block text-sm text-gray-700">{stateOf(service)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
