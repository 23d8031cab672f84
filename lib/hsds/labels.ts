// Words the export needs in the chosen language: taxonomy labels come from the
// same messages the site shows (one source of truth), language names from ICU.
import { messagesFor } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/locales";


export function exportLabels(lang: Locale) {
  const { Taxonomy, OpenData } = messagesFor(lang);
  const languageNames = new Intl.DisplayNames([lang], { type: "language", fallback: "none" });
  return {
    serviceType: Taxonomy.serviceType,
    population: Taxonomy.population,
    cost: Taxonomy.cost,
    openData: OpenData,
    languageName: (code: string) => {
      try {
        return languageNames.of(code);
      } catch {
        return undefined;
      }
    },
  };
}

export type ExportLabels = ReturnType<typeof exportLabels>;
