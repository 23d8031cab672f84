"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/admin/field-error";
import { closeReport, type CloseReportState } from "@/lib/actions/reports";

const initial: CloseReportState = { resolution: "" };

/** Closes one report of the queue; a refused note comes back with its error, as typed. */
export function CloseReportForm({ reportId }: { reportId: string }) {
  const t = useTranslations("AdminReports");
  const tf = useTranslations("AdminForm");
  const [state, action, pending] = useActionState(closeReport, initial);
  const field = `resolution-${reportId}`;
  return (
    // A new key after each answer shows the text the server gave back.
    <form action={action} key={JSON.stringify(state)} className="space-y-2">
      <input type="hidden" name="id" value={reportId} />
      <div className="field">
        <label htmlFor={field}>{t("resolution")}</label>
        <input id={field} name="resolution" maxLength={1000} defaultValue={state.resolution} aria-invalid={Boolean(state.error)} aria-describedby={state.error ? `${field}-error` : undefined} />
        <FieldError id={`${field}-error`} message={state.error ? tf(`errors.${state.error}` as "errors.invalid") : undefined} />
      </div>
      <button type="submit" className="button-secondary" disabled={pending}>{t("close")}</button>
    </form>
  );
}
