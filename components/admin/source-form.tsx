"use client";
import { AdminFormShell, useAdminForm, type FormAction } from "@/components/admin/form-kit";

/** A source as the reader's page cites it; `withKey` only when creating (the key never changes afterwards). */
export function SourceForm({ action, initial, withKey }: { action: FormAction; initial: Record<string, unknown>; withKey: boolean }) {
  const kit = useAdminForm(action, initial);
  const { t, text, localized } = kit;
  return (
    <AdminFormShell kit={kit} initial={initial}>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("sourceSection")}</legend>
        <p className="text-sm text-gray-700">{t("sourceHint")}</p>
        {withKey ? text("key", t("fields.key"), "text", t("keyHint")) : null}
        {text("publisher", t("fields.publisher"))}
        {text("title", t("fields.title"))}
        {localized("description", "textarea", 2)}
        {text("url", t("fields.url"), "url")}
        {text("published", t("fields.published"), "text", t("publishedHint"))}
        {text("consultedOn", t("fields.consultedOn"), "date", t("consultedOnHint"))}
      </fieldset>
    </AdminFormShell>
  );
}
