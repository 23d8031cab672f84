"use client";
import { useTranslations } from "next-intl";
import { AdminFormShell, rowsOf, str, useAdminForm, type FormAction } from "@/components/admin/form-kit";
import { FieldError } from "@/components/admin/field-error";
import { jurisdictions, serviceTypes } from "@/lib/taxonomy";

export function LegalNoteForm({ action, initial }: { action: FormAction; initial: Record<string, unknown> }) {
  const kit = useAdminForm(action, initial);
  const { t, value, error, text, select, localized, checkboxes } = kit;
  const tt = useTranslations("Taxonomy");
  return (
    <AdminFormShell kit={kit} initial={initial}>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("noteSection")}</legend>
        {localized("title")}
        {localized("summary", "textarea", 3)}
        <p className="text-sm text-gray-700">{t("bodyHint")}</p>
        {localized("body", "textarea", 16)}
        {select("jurisdiction", t("fields.jurisdiction"), jurisdictions.map((j) => ({ id: j, label: t("jurisdictionOption", { jurisdiction: j }) })))}
        {text("position", t("fields.position"), "number")}
      </fieldset>

      <fieldset className="space-y-3" aria-describedby={error("sources") ? "f-sources-error" : undefined}>
        <legend className="text-lg font-semibold">{t("fields.sources")}</legend>
        <p className="text-sm text-gray-700">{t("sourcesHint")}</p>
        <FieldError id="f-sources-error" message={error("sources")} />
        {rowsOf(value("sources"), 1).map((_, index) => (
          <div key={index} className="grid gap-2 border-l-4 border-gray-200 pl-3">
            {text(`sources.${index}.title`, t("sourceTitle", { n: index + 1 }))}
            {text(`sources.${index}.url`, t("sourceUrl", { n: index + 1 }), "url")}
            {text(`sources.${index}.date`, t("sourceDate", { n: index + 1 }))}
            {value(`sources.${index}.document`) ? (
              <p className="text-sm text-gray-700">
                <input type="hidden" name={`sources.${index}.document`} value={str(value(`sources.${index}.document`))} />
                {t("sourceDocument", { n: index + 1, document: str(value(`sources.${index}.document`)) })}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>

      {checkboxes("relatedServiceTypes", t("fields.relatedServiceTypes"), serviceTypes.map((type) => ({ id: type, label: tt(`serviceType.${type}`) })))}
    </AdminFormShell>
  );
}
