// Our taxonomies (kinds of help, populations, whether a location has
// interpreters) as HSDS taxonomy and taxonomy_term records. Codes are the enum
// values in prisma/schema.prisma. HSDS's `language` table lists only the
// languages spoken at a location, "not languages which can only be used with
// interpretation": interpreters are an attribute of the location instead, with
// a term for yes and one for no; unknown is no attribute at all.
import { taxonomyId, taxonomyTermId } from "@/lib/hsds/ids";
import type { ExportLabels } from "@/lib/hsds/labels";
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import { populations, serviceTypes, type Interpreters } from "@/lib/taxonomy";

export const taxonomyKeys = { serviceType: "service-type", population: "population", interpreters: "interpreters" } as const;
/** The answers an attribute can give; "unknown" is said by giving none. */
export const interpreterTerms = ["yes", "no"] as const satisfies readonly Interpreters[];
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
    {
      id: taxonomyId(taxonomyKeys.interpreters),
      name: openData.interpretersTaxonomy,
      description: openData.interpretersTaxonomyDescription,
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
  const [typeTaxonomy, populationTaxonomy, interpretersTaxonomy] = taxonomies as [HsdsTaxonomy, HsdsTaxonomy, HsdsTaxonomy];
  const terms = [
    ...serviceTypes.map((code) => term(taxonomyKeys.serviceType, typeTaxonomy, code, labels.serviceType[code])),
    ...populations.map((code) => term(taxonomyKeys.population, populationTaxonomy, code, labels.population[code])),
    ...interpreterTerms.map((code) => term(taxonomyKeys.interpreters, interpretersTaxonomy, code, openData.interpreters[code])),
  ];
  return { taxonomies, terms };
}
