import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditList } from "@/components/admin/audit-list";
import { SourceForm } from "@/components/admin/source-form";
import { deleteSourceAction, saveSource } from "@/lib/actions/sources";
import { requireUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/admin/audit";
import { sourceFormSnapshot } from "@/lib/data/admin/source-snapshot";
import { getSourceForEditing, listRecordsCiting, sourceLabel } from "@/lib/data/admin/sources";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string; refused?: string }> };

const sections = { organization: "organizations", office: "offices", service: "services" } as const;

export default async function AdminSourcePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const source = await getSourceForEditing(id);
  if (!source) notFound();
  const t = await getTranslations("AdminSources");
  const tt = await getTranslations("Taxonomy");
  const query = await searchParams;
  const [records, history] = await Promise.all([listRecordsCiting(source.id, locale), listAuditEntries({ entityType: "source", entityId: source.id }, locale)]);
  const citations = records.reduce((sum, record) => sum + record.facts, 0);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold break-words">{sourceLabel(source, locale).text}</h1>
        <p className="text-sm text-gray-700">{t("key", { key: source.key })}</p>
        {query.created === "1" ? <p className="notice-ok" role="status">{t("created")}</p> : null}
        {query.refused === "1" && citations > 0 ? <p className="notice-error" role="alert">{t("deleteRefused", { count: citations })}</p> : null}
      </header>
      <SourceForm action={saveSource.bind(null, source.id)} initial={{ ...sourceFormSnapshot(source), version: source.version }} withKey={false} />
      <section aria-labelledby="cited-by-heading" className="space-y-2">
        <h2 id="cited-by-heading" className="text-xl font-semibold">{t("citedBy")}</h2>
        {records.length === 0 ? <p>{t("notCited")}</p> : null}
        <ul className="list-disc pl-6">
          {records.map((record) => (
            <li key={record.id}>
              <a href={`/${locale}/admin/${sections[record.type]}/${record.id}`}>
                {t("record", { type: record.type, name: record.serviceType ? `${tt(`serviceType.${record.serviceType}`)} — ${record.name}` : record.name })}
              </a>
              {" · "}
              {t("citations", { count: record.facts })}
            </li>
          ))}
        </ul>
        <form action={deleteSourceAction}>
          <input type="hidden" name="id" value={source.id} />
          <button type="submit" className="button-secondary">{t("delete")}</button>
        </form>
      </section>
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-semibold">{t("history")}</h2>
        <AuditList entries={history} />
      </section>
    </div>
  );
}
