import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AuditListEntry } from "@/lib/data/admin/audit";

/** Where each kind of record is edited, for the link from its audit entries. */
const recordSections: Record<string, string> = { office: "offices", organization: "organizations", service: "services", legal_note: "legal-notes", source: "sources" };

/** Records with a UUID show its first characters; a translation review's id ("home-deadline:fr") is short and readable whole. */
const shortId = (entry: AuditListEntry) => (entry.entityType === "translation_review" ? entry.entityId : entry.entityId.slice(0, 8));

function recordLink(entry: AuditListEntry, locale: string, label: string) {
  if (entry.entityType === "translation_review") {
    const [textId, textLocale] = entry.entityId.split(":");
    return <a href={`/${locale}/admin/translations#review-${textId}-${textLocale}`}>{label}</a>;
  }
  if (entry.entityType in recordSections) return <a href={`/${locale}/admin/${recordSections[entry.entityType]}/${entry.entityId}`}>{label}</a>;
  return label;
}

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
          {showRecord ? <p className="text-sm">{recordLink(entry, locale, t("record", { type: entry.entityType, id: shortId(entry) }))}</p> : null}
          {entry.fields.length ? <p className="text-sm text-gray-700">{t("fields", { fields: entry.fields.join(", ") })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
