import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listOfficesForAdmin, type AdminOfficeFilter } from "@/lib/data/admin/offices";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> };
const filters: AdminOfficeFilter[] = ["all", "needsVerification", "unpublished", "archived"];

export default async function AdminOfficesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminOffices");
  const requested = (await searchParams).status;
  const filter = filters.find((f) => f === requested) ?? "all";
  const offices = await listOfficesForAdmin(filter, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-3">
          {filters.map((f) => (
            <li key={f}>
              <a href={`/${locale}/admin/offices?status=${f}`} aria-current={f === filter ? "page" : undefined} className={f === filter ? "font-bold" : undefined}>
                {t(`filter.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
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
