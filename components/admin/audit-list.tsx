import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AuditListEntry } from "@/lib/data/admin/audit";

/** Where each kind of record is edited, for the link from its audit entries. */
const recordSections: Record<string, string> = { office: "offices", organization: "organizations", service: "services", legal_note: "legal-notes", source: "sources" };

export async function AuditList({ entries, showRecord = false }: { entries: AuditListEntry[]; showRecord?: boolean }) {
  const t = await getTranslations("AdminAudit");
  const format = await getFormatter();
  const locale = await getLocale();
  if (entries.length === 0) return <p>{t("empty")}</p>;
  return (
    <ol className="divide-y divide-gray-200">
      {entries.map((entry) => (
        <li key={entry.id} className="py-2">
          <p>
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
            {" · "}
            <strong>{t(`action.${entry.action}`)}</strong> {t("by", { email: entry.actorEmail })}
          </p>
          {showRecord ? (
            <p className="text-sm">
              {entry.entityType in recordSections ? (
                <a href={`/${locale}/admin/${recordSections[entry.entityType]}/${entry.entityId}`}>{t("record", { type: entry.entityType, id: entry.entityId.slice(0, 8) })}</a>
              ) : (
                t("record", { type: entry.entityType, id: entry.entityId.slice(0, 8) })
              )}
            </p>
          ) : null}
          {entry.fields.length ? <p className="text-sm text-gray-700">{t("fields", { fields: entry.fields.join(", ") })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
