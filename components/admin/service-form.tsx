"use client";
import { useTranslations } from "next-intl";
import { CitationRows } from "@/components/admin/citation-rows";
import { AdminFormShell, useAdminForm, type FormAction, type Option } from "@/components/admin/form-kit";
import { accessMethods, costs, populations, serviceTypes } from "@/lib/taxonomy";

export function ServiceForm({ action, initial, offices, sources }: { action: FormAction; initial: Record<string, unknown>; offices: Option[]; sources: Option[] }) {
  const kit = useAdminForm(action, initial);
  const { t, select, localized, checkboxes } = kit;
  const tt = useTranslations("Taxonomy");
  return (
    <AdminFormShell kit={kit} initial={initial}>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("serviceSection")}</legend>
        {select("type", t("fields.type"), serviceTypes.map((type) => ({ id: type, label: tt(`serviceType.${type}`) })))}
        {localized("description", "textarea", 5)}
        {localized("eligibility", "textarea", 3)}
        {localized("howToGetHelp", "textarea", 4)}
        {select("cost", t("fields.cost"), costs.map((cost) => ({ id: cost, label: tt(`cost.${cost}`) })), "unknown")}
      </fieldset>
      {checkboxes("populations", t("fields.populations"), populations.map((p) => ({ id: p, label: tt(`population.${p}`) })), t("populationsHint"))}
      {checkboxes("accessMethods", t("fields.accessMethods"), accessMethods.map((m) => ({ id: m, label: tt(`accessMethod.${m}`) })))}
      {checkboxes("officeIds", t("fields.officeIds"), offices, offices.length ? undefined : t("noOffices"))}
      <CitationRows kit={kit} sources={sources} />
    </AdminFormShell>
  );
}
