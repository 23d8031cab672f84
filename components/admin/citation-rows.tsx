"use client";
// The "Sources of the facts" rows of the organisation, office and service
// forms: which source states which fact, in its own words.
import { useTranslations } from "next-intl";
import { checked, rowsOf, type AdminFormKit, type Option } from "@/components/admin/form-kit";
import { citedFacts } from "@/lib/taxonomy";

export function CitationRows({ kit, sources }: { kit: AdminFormKit; sources: Option[] }) {
  const { t, value, select, textarea, text } = kit;
  const tp = useTranslations("Provenance");
  const facts = citedFacts.map((fact) => ({ id: fact, label: tp(`facts.${fact}`) }));
  const sourceChoices = [{ id: "", label: t("chooseSource") }, ...sources];
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{t("fields.citations")}</legend>
      <p className="text-sm text-gray-700">{t("citationsHint")}</p>
      {rowsOf(value("citations"), 1).map((_, index) => {
        const n = index + 1;
        const superseded = `f-citations-${index}-superseded`;
        return (
          <div key={index} className="grid gap-2 border-l-4 border-gray-200 pl-3 sm:grid-cols-2">
            {select(`citations.${index}.fact`, t("citationFact", { n }), facts, "record")}
            {select(`citations.${index}.sourceId`, t("citationSource", { n }), sourceChoices)}
            <div className="sm:col-span-2">{textarea(`citations.${index}.excerpt`, t("citationExcerpt", { n }), 3)}</div>
            {text(`citations.${index}.value`, t("citationValue", { n }))}
            <div className="flex items-center gap-2 self-end pb-2">
              <input id={superseded} type="checkbox" name={`citations.${index}.superseded`} defaultChecked={checked(value(`citations.${index}.superseded`))} className="size-6" />
              <label htmlFor={superseded}>{t("citationSuperseded", { n })}</label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
