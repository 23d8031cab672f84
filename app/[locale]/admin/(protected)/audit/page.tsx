import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AuditList } from "@/components/admin/audit-list";
import { requireUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/admin/audit";
import type { Locale } from "@/lib/i18n/locales";
import { AuditAction } from "@/prisma/generated/enums";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const actions = Object.values(AuditAction);
const entityTypes = ["organization", "office", "service", "legal_note", "source", "user", "problem_report", "translation_review"] as const;
const filterSchema = z.object({
  action: z.enum(actions).optional().catch(undefined),
  entityType: z.enum(entityTypes).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export default async function AdminAuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminAudit");
  const filter = filterSchema.parse(await searchParams);
  const entries = await listAuditEntries({ ...filter, actor: filter.actor || undefined }, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" className="grid gap-3 sm:grid-cols-4 sm:items-end">
        <div className="field">
          <label htmlFor="audit-action">{t("filterAction")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("any")}</option>
            {actions.map((action) => <option key={action} value={action}>{t(`action.${action}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-type">{t("filterType")}</label>
          <select id="audit-type" name="entityType" defaultValue={filter.entityType ?? ""}>
            <option value="">{t("any")}</option>
            {entityTypes.map((type) => <option key={type} value={type}>{t(`type.${type}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t("filterActor")}</label>
          <input id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} />
        </div>
        <button type="submit" className="button-primary">{t("apply")}</button>
      </form>
      <AuditList entries={entries} showRecord />
    </div>
  );
}
