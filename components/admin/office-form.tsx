"use client";
import { useTranslations } from "next-intl";
import { CitationRows } from "@/components/admin/citation-rows";
import { interpreterAvailability } from "@/lib/taxonomy";
import { AdminFormShell, ContactRows, rowsOf, useAdminForm, type FormAction, type Option } from "@/components/admin/form-kit";

type Props = {
  action: FormAction;
  initial: Record<string, unknown>;
  cities: Option[];
  services: Option[];
  /** Named on the server (lib/data/admin/offices.ts, languageOptions). */
  languages: Option[];
  timeZones: readonly string[];
  /** For the citation rows (lib/data/admin/sources.ts, sourceOptions). */
  sources: Option[];
};

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export function OfficeForm({ action, initial, cities, services, languages, timeZones, sources }: Props) {
  const kit = useAdminForm(action, initial);
  const { t, value, field, text, select, localized, checkbox, checkboxes } = kit;
  const tt = useTranslations("Taxonomy");
  const days = weekdays.map((day) => ({ id: String(day), label: tt(`weekday.${day}`) }));
  const otherCodes = [value("languages")]
    .flat()
    .filter((code): code is string => typeof code === "string" && code !== "" && !languages.some((option) => option.id === code));
  return (
    <AdminFormShell kit={kit} initial={initial}>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("names")}</legend>
        {localized("name")}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("address")}</legend>
        {text("street", t("fields.street"))}
        {text("streetDetail", t("fields.streetDetail"))}
        {text("colonia", t("fields.colonia"))}
        {text("municipality", t("fields.municipality"))}
        {select("cityId", t("fields.cityId"), [{ id: "", label: t("noCity") }, ...cities])}
        {text("postalCode", t("fields.postalCode"))}
        {checkbox("confidentialAddress", t("fields.confidentialAddress"), t("confidentialHint"))}
      </fieldset>

      <ContactRows kit={kit} />

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.hours")}</legend>
        <p className="text-sm text-gray-700">{t("hoursHint")}</p>
        {rowsOf(value("hours"), 2).map((_, index) => (
          <div key={index} className="grid grid-cols-3 gap-2">
            {select(`hours.${index}.weekday`, t("weekday", { n: index + 1 }), days, "1")}
            {text(`hours.${index}.opens`, t("opens", { n: index + 1 }), "time")}
            {text(`hours.${index}.closes`, t("closes", { n: index + 1 }), "time")}
          </div>
        ))}
        {localized("hoursNote")}
        {select("timeZone", t("fields.timeZone"), timeZones.map((zone) => ({ id: zone, label: zone })))}
      </fieldset>

      {checkboxes("languages", t("fields.languages"), languages)}
      {field("otherLanguages", t("languagesLabel"), (props) => (
        // What was typed comes back on an error; otherwise the stored codes the picker does not offer.
        <input {...props} defaultValue={typeof value("otherLanguages") === "string" ? String(value("otherLanguages")) : otherCodes.join(", ")} />
      ))}

      {select(
        "interpreters",
        t("fields.interpreters"),
        interpreterAvailability.map((choice) => ({ id: choice, label: t(`interpretersChoice.${choice}`) })),
        "unknown",
      )}

      {checkboxes("serviceIds", t("fields.serviceIds"), services)}

      <CitationRows kit={kit} sources={sources} />
    </AdminFormShell>
  );
}

