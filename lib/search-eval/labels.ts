// The relevance benchmark's labelled queries (tests/fixtures/search-relevance.json)
// and what makes a result relevant to one. A label is a list of criteria, any of
// which makes a result relevant; a criterion names facts a listing must have (its
// city, a kind of help for a population), or the legal note that answers a
// question. Criteria are judged against the listing's facts as the database
// holds them, so a label stays true when listings are added, moved or edited.
import { z } from "zod";
import { bestRank, firstRelevantRank, rankDepth } from "@/lib/search-eval/metrics";
import { populations, serviceTypes, type Population, type ServiceType } from "@/lib/taxonomy";
import { maxQueryLength } from "@/lib/validation/directory-filters";
import { slugParamSchema } from "@/lib/validation/params";

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.infer<T>[]);

const listingCriterionSchema = z
  .strictObject({
    /** The listing belongs to one of these organisations (slugs): for queries that name one. */
    organization: oneOrMany(slugParamSchema).optional(),
    /** The listing is one of these offices (slugs): only where no fact of the data can say it. */
    office: oneOrMany(slugParamSchema).optional(),
    /** The office is in one of these cities (slugs); a remote listing is in none. */
    city: oneOrMany(slugParamSchema).optional(),
    /** The office is in one of these states (slugs). */
    state: oneOrMany(slugParamSchema).optional(),
    /** A phone line or remote help (true), or a place to go (false). */
    remote: z.boolean().optional(),
    /** One service given at the listing is of one of these kinds... */
    serviceType: oneOrMany(z.enum(serviceTypes)).optional(),
    /** ...and names one of these populations (a service for everyone names none, so it does not count). */
    population: oneOrMany(z.enum(populations)).optional(),
  })
  .refine((criterion) => Object.keys(criterion).length > 0, "a criterion needs at least one fact");

const legalNoteCriterionSchema = z.strictObject({
  /** The search gives this legal note (slug) as its answer. */
  legalNote: slugParamSchema,
});

export const criterionSchema = z.union([legalNoteCriterionSchema, listingCriterionSchema]);
export type Criterion = z.infer<typeof criterionSchema>;
export type ListingCriterion = z.infer<typeof listingCriterionSchema>;

/** What a query is an example of; the report gives figures per tag. */
export const queryTags = ["help", "place", "population", "name", "question", "sentence", "typo", "unaccented"] as const;
export type QueryTag = (typeof queryTags)[number];
/** Spanish, English, both at once, and the languages of arrival the search reads (lib/search/vocabulary-languages.ts). */
export const queryLanguages = ["es", "en", "mixed", "fr", "ht", "pt"] as const;
export type QueryLanguage = (typeof queryLanguages)[number];

export const labelledQuerySchema = z.strictObject({
  /** What the person types in the directory's search box, exactly. */
  q: z.string().trim().min(1).max(maxQueryLength),
  lang: z.enum(queryLanguages),
  tags: z.array(z.enum(queryTags)).min(1),
  /** Any of these makes a result relevant. */
  relevant: z.array(criterionSchema).min(1),
  /** Why the label is what it is, where that is not obvious. */
  note: z.string().optional(),
  /**
   * Written after the search was tuned, to measure whether a change holds beyond the queries it was made for: the
   * set's name ("2026-12-03 c"; the fixture's comment says what each set followed). Reported on its own row, and
   * outside the floor, so that adding such queries never tempts anyone to tune the search to them.
   */
  heldOut: z.string().min(1).optional(),
});
export type LabelledQuery = z.infer<typeof labelledQuerySchema>;

const figure = z.number().min(0).max(1);

export const relevanceFileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** The test fails below these (overall top-3 hit rate and MRR): raise them as search improves. */
    floor: z.strictObject({ top3HitRate: figure, mrr: figure }),
    queries: z.array(labelledQuerySchema).min(1),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.queries.forEach((query, index) => {
      const key = `${query.lang} ${query.q}`;
      if (seen.has(key)) context.addIssue({ code: "custom", path: ["queries", index, "q"], message: `"${query.q}" is labelled twice` });
      seen.add(key);
    });
  });
export type RelevanceFile = z.infer<typeof relevanceFileSchema>;

/** What the benchmark knows of one listing of the directory, read from the database. */
export type ListingFacts = {
  organization: string;
  /** null: an organisation listed without an office. */
  office: string | null;
  /** No place to go: an office of kind remote, or no office (docs/decisions/016-remote-listings.md). */
  remote: boolean;
  city: string | null;
  state: string | null;
  /** The published services given there (a service tied to no office is given at all of them). */
  services: { type: ServiceType; populations: Population[] }[];
};

const within = <T>(allowed: T[] | undefined, value: T | null) => allowed === undefined || (value !== null && allowed.includes(value));

/** Whether the listing has every fact the criterion names. */
export function listingMatches(facts: ListingFacts, criterion: ListingCriterion): boolean {
  if (!within(criterion.organization, facts.organization)) return false;
  if (!within(criterion.office, facts.office)) return false;
  if (!within(criterion.city, facts.remote ? null : facts.city)) return false;
  if (!within(criterion.state, facts.remote ? null : facts.state)) return false;
  if (criterion.remote !== undefined && criterion.remote !== facts.remote) return false;
  if (criterion.serviceType === undefined && criterion.population === undefined) return true;
  // Kind and population must hold for the same service: a shelter that serves women, not a shelter
  // next to a women's legal clinic.
  return facts.services.some(
    (service) =>
      within(criterion.serviceType, service.type) &&
      (criterion.population === undefined || service.populations.some((population) => criterion.population!.includes(population))),
  );
}

export function isLegalNoteCriterion(criterion: Criterion): criterion is z.infer<typeof legalNoteCriterionSchema> {
  return "legalNote" in criterion;
}

/** Whether a listing satisfies any of the label's listing criteria. */
export function listingIsRelevant(facts: ListingFacts, relevant: Criterion[]): boolean {
  return relevant.some((criterion) => !isLegalNoteCriterion(criterion) && listingMatches(facts, criterion));
}

/** The legal notes (slugs) the label accepts as the answer. */
export function expectedLegalNotes(relevant: Criterion[]): string[] {
  return relevant.flatMap((criterion) => (isLegalNoteCriterion(criterion) ? [criterion.legalNote] : []));
}

/**
 * Rank of the first relevant result of a search: `results` are the listings
 * shown, in order (keys of `facts`), `answered` the legal notes given as the
 * answer. A legal note the label expects stands above the listings, ranked by
 * its place among the answers.
 */
export function rankOfFirstRelevant(
  relevant: Criterion[],
  results: readonly string[],
  answered: readonly string[],
  facts: ReadonlyMap<string, ListingFacts>,
): number | null {
  const listingRank = firstRelevantRank(results, (key) => {
    const listing = facts.get(key);
    if (!listing) throw new Error(`The search returned ${key}, which is not a published listing`);
    return listingIsRelevant(listing, relevant);
  });
  const expected = expectedLegalNotes(relevant);
  const answerIndex = answered.findIndex((slug) => expected.includes(slug));
  return bestRank(listingRank, answerIndex === -1 || answerIndex >= rankDepth ? null : answerIndex + 1);
}
