import "server-only";
// Runs the labelled queries against the directory as its page does: the query
// string goes through the page's parameter schema, then searchDirectory in the
// query's language, and each of the first results is judged by its listing's
// facts in the database.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { searchDirectory } from "@/lib/data/directory";
import { listingKey, listListingFacts, listLegalNoteSlugs } from "@/lib/data/listing-facts";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { answeredLegalNotes } from "@/lib/search-eval/answer";
import {
  isLegalNoteCriterion,
  listingMatches,
  rankOfFirstRelevant,
  relevanceFileSchema,
  type LabelledQuery,
  type RelevanceFile,
} from "@/lib/search-eval/labels";
import type { QueryOutcome } from "@/lib/search-eval/report";
import { parseDirectoryParams } from "@/lib/validation/directory-filters";

export const relevanceFilePath = path.resolve(import.meta.dirname, "../../tests/fixtures/search-relevance.json");

export async function readRelevanceFile(file = relevanceFilePath): Promise<RelevanceFile> {
  const parsed = relevanceFileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`${path.relative(process.cwd(), file)} is not a valid relevance file:\n${issues}`);
  }
  return parsed.data;
}

/**
 * The directory's page in the query's language when the site has it; otherwise (a mixed query,
 * or French, Kreyòl or Portuguese before the site speaks them) the default locale's.
 */
const localeOf = (query: LabelledQuery): Locale => (isLocale(query.lang) ? query.lang : defaultLocale);

export async function evaluateQueries(queries: LabelledQuery[]): Promise<QueryOutcome[]> {
  const facts = await listListingFacts();
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const { filters, invalid } = parseDirectoryParams({ q: query.q });
    if (invalid.length) throw new Error(`The directory refuses the query "${query.q}" (${invalid.join(", ")})`);
    const result = await searchDirectory(filters, localeOf(query));
    const keys = result.results.map((listing) => listingKey(listing.organization.slug, listing.office?.slug ?? null));
    const answered = answeredLegalNotes(result);
    const rank = rankOfFirstRelevant(query.relevant, keys, answered, facts);
    outcomes.push({ query, rank, firstResults: keys.slice(0, 3), answered, total: result.total });
  }
  return outcomes;
}

/**
 * Labels that nothing in the directory can satisfy (no listing has those facts,
 * or the legal note is not published): a typo in a label, or a record gone.
 */
export async function findUnsatisfiableLabels(queries: LabelledQuery[]): Promise<string[]> {
  const [facts, notes] = await Promise.all([listListingFacts(), listLegalNoteSlugs()]);
  const listings = [...facts.values()];
  return queries.flatMap((query) =>
    query.relevant.flatMap((criterion) => {
      const satisfiable = isLegalNoteCriterion(criterion)
        ? notes.includes(criterion.legalNote)
        : listings.some((listing) => listingMatches(listing, criterion));
      return satisfiable ? [] : [`"${query.q}": ${JSON.stringify(criterion)}`];
    }),
  );
}
