"use client";
import { useTranslations } from "next-intl";
import { CitationRows } from "@/components/admin/citation-rows";
import { AdminFormShell, ContactRows, useAdminForm, type FormAction, type Option } from "@/components/admin/form-kit";
import { organizationScopes } from "@/lib/taxonomy";
import { freeOfChargeChoices } from "@/lib/validation/organization-form";

export function OrganizationForm({ action, initial, sources }: { action: FormAction; initial: Record<string, unknown>; sources: Option[] }) {
  const kit = useAdminForm(action, initial);
  const { t, text, select, localized, checkbox } = kit;
  const tt = useTranslations("Taxonomy");
  return (
    <AdminFormShell kit={kit} initial={initial}>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("organizationSection")}</legend>
        {localized("name")}
        {localized("acronym")}
        {localized("description", "textarea", 6)}
        {select("scope", t("fields.scope"), organizationScopes.map((scope) => ({ id: scope, label: tt(`scope.${scope}`) })))}
        {select("freeOfCharge", t("fields.freeOfCharge"), freeOfChargeChoices.map((choice) => ({ id: choice, label: t(`freeOfChargeChoice.${choice}`) })), "unknown")}
        {checkbox("nationalContact", t("fields.nationalContact"), t("nationalContactHint"))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("contactSection")}</legend>
        {text("website", t("fields.website"), "url")}
      </fieldset>
      <ContactRows kit={kit} />

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.fraudReportNote")}</legend>
        <p className="text-sm text-gray-700">{t("fraudHint")}</p>
        {text("fraudReportEmail", t("fields.fraudReportEmail"), "email")}
        {localized("fraudReportNote", "textarea", 3)}
      </fieldset>

      <CitationRows kit={kit} sources={sources} />
    </AdminFormShell>
  );
}
