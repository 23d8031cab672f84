import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AuditList } from "@/components/admin/audit-list";
import type { AuditListEntry } from "@/lib/data/admin/audit";
import { Link } from "@/lib/i18n/navigation";
import type { Href } from "@/lib/i18n/paths";

export type RecordOperation = "publish" | "unpublish" | "archive" | "restore" | "verify" | "review";

type Props = {
  id: string;
  published: boolean;
  archivedAt: Date | null;
  /** Which of "verify" / "review" this kind of record has, if any. */
  check?: { operation: "verify"; at: Date | null; by: string | null } | { operation: "review"; at: Date | null; by: string | null };
  /** The record's public page, localised by the same path table as the site's own links. */
  publicPage?: Href;
  action: (formData: FormData) => Promise<void>;
};

/** The operations a record offers now: publish or unpublish (restore when archived), the check, archive. */
export function operationsFor(published: boolean, archived: boolean, check?: "verify" | "review"): RecordOperation[] {
  return [archived ? "restore" : published ? "unpublish" : "publish", ...(check ? [check] : []), ...(archived ? [] : (["archive"] as const))];
}

/** A record's state (published, archived, verified or reviewed) and one button per operation. */
export async function RecordStatus({ id, published, archivedAt, check, publicPage, action }: Props) {
  const t = await getTranslations("AdminRecord");
  const format = await getFormatter();
  const date = (at: Date) => format.dateTime(at, { dateStyle: "long" });
  const checkLine: ReactNode =
    check?.operation === "verify" ? (check.at ? t("verifiedOn", { date: date(check.at), name: check.by ?? "—" }) : t("neverVerified"))
    : check?.operation === "review" ? (check.at ? `${t("reviewedOn", { date: date(check.at) })}${check.by ? ` ${t("reviewedBy", { email: check.by })}` : ""}` : t("neverReviewed"))
    : null;
  return (
    <div className="space-y-2">
      <p>
        {[archivedAt ? t("archived") : published ? t("published") : t("unpublished"), checkLine].filter(Boolean).join(" · ")}
        {published && publicPage ? (
          <>
            {" · "}
            <Link href={publicPage}>{t("viewPublic")}</Link>
          </>
        ) : null}
      </p>
      <div className="flex flex-wrap gap-2">
        {operationsFor(published, archivedAt !== null, check?.operation).map((operation) => (
          <form key={operation} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="operation" value={operation} />
            <button type="submit" className="button-secondary">{t(`operation.${operation}`)}</button>
          </form>
        ))}
      </div>
    </div>
  );
}

/** The record's own audit entries, newest first. */
export async function RecordHistory({ entries }: { entries: AuditListEntry[] }) {
  const t = await getTranslations("AdminRecord");
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-xl font-semibold">{t("history")}</h2>
      <AuditList entries={entries} />
    </section>
  );
}

/** Shown once after a create redirects to the new record's page. */
export async function CreatedNotice({ created }: { created: boolean }) {
  if (!created) return null;
  const t = await getTranslations("AdminRecord");
  return <p className="notice-ok" role="status">{t("created")}</p>;
}
