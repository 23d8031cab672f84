import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { RecordFilterNav } from "@/components/admin/record-list";
import { listOfficesForAdmin } from "@/lib/data/admin/offices";
import { parseRecordFilter, recordFilters } from "@/lib/data/admin/record-filter";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> };

export default async function AdminOfficesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminOffices");
  const filter = parseRecordFilter((await searchParams).status);
  const offices = await listOfficesForAdmin(filter, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <RecordFilterNav path={`/${locale}/admin/offices`} filters={recordFilters} current={filter} />
      <p>{t("count", { count: offices.length })}</p>
      <ul className="divide-y divide-gray-200">
        {offices.map((office) => (
          <li key={office.id} className="py-2">
            <a href={`/${locale}/admin/offices/${office.id}`} className="font-medium">
              {office.organization} — {office.name}
            </a>
            <span className="block text-sm text-gray-700">
              {[office.city, office.archived ? t("archived") : office.published ? t("published") : t("unpublished"), office.needsVerification ? t("needsVerification") : null]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
