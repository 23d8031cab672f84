// Our two taxonomies (kinds of help, populations) as HSDS taxonomy and
// taxonomy_term records. Codes are the enum values in prisma/schema.prisma.
import { taxonomyId, taxonomyTermId } from "@/lib/hsds/ids";
import type { ExportLabels } from "@/lib/hsds/labels";
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import { populations, serviceTypes } from "@/lib/taxonomy";

export const taxonomyKeys = { serviceType: "service-type", population: "population" } as const;
/** Bumped when the list of codes changes in a way consumers must notice. */
const taxonomyVersion = "1";

export function hsdsTaxonomies(labels: ExportLabels, lang: Locale) {
  const { openData } = labels;
  const taxonomies: HsdsTaxonomy[] = [
    {
      id: taxonomyId(taxonomyKeys.serviceType),
      name: openData.serviceTypeTaxonomy,
      description: openData.serviceTypeTaxonomyDescription,
      version: taxonomyVersion,
    },
    {
      id: taxonomyId(taxonomyKeys.population),
      name: openData.populationTaxonomy,
      description: openData.populationTaxonomyDescription,
      version: taxonomyVersion,
    },
  ];
  const term = (key: string, taxonomy: HsdsTaxonomy, code: string, label: string): HsdsTaxonomyTerm => ({
    id: taxonomyTermId(key, code),
    code,
    name: label,
    // HSDS requires a description; the label is the only text we keep for a term.
    description: label,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    language: lang,
  });
  const [typeTaxonomy, populationTaxonomy] = taxonomies as [HsdsTaxonomy, HsdsTaxonomy];
  const terms = [
    ...serviceTypes.map((code) => term(taxonomyKeys.serviceType, typeTaxonomy, code, labels.serviceType[code])),
    ...populations.map((code) => term(taxonomyKeys.population, populationTaxonomy, code, labels.population[code])),
  ];
  return { taxonomies, terms };
}
