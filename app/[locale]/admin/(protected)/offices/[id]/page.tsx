import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AuditList } from "@/components/admin/audit-list";
import { OfficeForm } from "@/components/admin/office-form";
import { changeOfficeState, saveOffice } from "@/lib/actions/offices";
import { requireUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { cityOptions, getOfficeForEditing, officeFormSnapshot } from "@/lib/data/admin/offices";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import { officeTimeZones } from "@/lib/validation/office-form";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export default async function AdminOfficePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const office = await getOfficeForEditing(id);
  if (!office) notFound();
  const t = await getTranslations("AdminOffices");
  const tt = await getTranslations("Taxonomy");
  const format = await getFormatter();
  const [cities, history] = await Promise.all([cityOptions(locale), listAuditEntries({ entityType: "office", entityId: office.id }, locale)]);
  const snapshot = officeFormSnapshot(office);
  const services = office.organization.services.map((service) => ({ id: service.id, label: tt(`serviceType.${service.type}`) }));
  type Operation = "publish" | "unpublish" | "archive" | "restore" | "verify";
  const operations: Operation[] = [office.archivedAt ? "restore" : office.published ? "unpublish" : "publish", "verify", ...(office.archivedAt ? [] : (["archive"] as const))];
  const publicPath = locale === "es" ? `/es/oficinas/${office.slug}` : `/en/offices/${office.slug}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {pickLocalized(office.organization.name, locale)?.text} — {pickLocalized(office.name, locale)?.text}
        </h1>
        <p>
          {office.archivedAt ? t("archived") : office.published ? t("published") : t("unpublished")}
          {" · "}
          {office.verifiedAt
            ? t("verifiedOn", { date: format.dateTime(office.verifiedAt, { dateStyle: "long" }), name: office.verifiedBy?.name ?? "—" })
            : t("neverVerified")}
          {office.published ? (
            <>
              {" · "}
              <a href={publicPath}>{t("viewPublic")}</a>
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-2">
          {operations.map((operation) => (
            <form key={operation} action={changeOfficeState}>
              <input type="hidden" name="id" value={office.id} />
              <input type="hidden" name="operation" value={operation} />
              <button type="submit" className="button-secondary">{t(`operation.${operation}`)}</button>
            </form>
          ))}
        </div>
      </header>
      <OfficeForm
        action={saveOffice.bind(null, { officeId: office.id, organizationId: office.organizationId })}
        initial={{ ...snapshot, version: office.version }}
        cities={cities}
        services={services}
        timeZones={officeTimeZones}
      />
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-semibold">{t("history")}</h2>
        <AuditList entries={history} />
      </section>
    </div>
  );
}
