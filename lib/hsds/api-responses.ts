// Answers of the HSDS API routes, shaped as HSDS 3.0's openapi.json describes:
// lists are pages ({ total_items, total_pages, page_number, size, first_page,
// last_page, empty, contents }), records are fully nested documents.
import { answerOnce } from "@/lib/api/answer-cache";
import { outageRetryAfter } from "@/lib/http/database-outage";
import type { HsdsCollectionName, hsdsCollections } from "@/lib/hsds/json-files";
import type { HsdsTables } from "@/lib/hsds/types";
import type { HsdsQuery, HsdsQueryError } from "@/lib/validation/hsds-query";

type Collection = ReturnType<typeof hsdsCollections>[HsdsCollectionName];

const headers = {
  // Open data: any site may read it; a few minutes of caching spares the database.
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=300",
};

/** An answer that is the same in every language (the API's root); the others go through `keptHsdsJson`. */
export function hsdsJson(body: unknown) {
  return Response.json(body, { headers });
}

/** Thrown inside `keptHsdsJson`'s `make` for a record that is not there: a 404, which is never kept. */
export class HsdsNotFound extends Error {}

/**
 * `hsdsJson` of what `make` gives, made once per URL and kept in the page cache with the rest of the API's answers
 * (lib/api/answer-cache.ts, decision 025): every answer reads the whole export. A `HsdsNotFound` becomes the 404.
 */
export async function keptHsdsJson(request: Request, lang: string, make: () => Promise<unknown>): Promise<Response> {
  try {
    const { answer, headers: cacheHeaders } = await answerOnce(request, async () => ({ body: JSON.stringify(await make()), contentType: "application/json" }));
    return new Response(answer.body, { headers: { ...headers, "content-type": answer.contentType, "content-language": lang, ...cacheHeaders } });
  } catch (error) {
    if (error instanceof HsdsNotFound) return hsdsError(404, { error: "not_found", message: error.message });
    throw error;
  }
}

export function hsdsError(status: 400 | 404, body: HsdsQueryError | { error: "not_found"; message: string }) {
  return Response.json(body, { status, headers: { "cache-control": "no-store", "access-control-allow-origin": "*" } });
}

/** The database cannot be reached: the same error shape, and when to try again. */
export function hsdsUnavailable() {
  return Response.json(
    { error: "unavailable", message: "The database is unavailable. Try again shortly." },
    { status: 503, headers: { "cache-control": "no-store", "access-control-allow-origin": "*", "retry-after": outageRetryAfter } },
  );
}

/** Services that pass the organization_id and taxonomy_term_id filters; undefined when none is given. */
function matchingServiceIds(tables: HsdsTables, query: HsdsQuery): Set<string> | undefined {
  if (!query.organization_id && !query.taxonomy_term_id) return undefined;
  const withTerm = query.taxonomy_term_id
    ? new Set(tables.attribute.filter((row) => row.taxonomy_term_id === query.taxonomy_term_id).map((row) => row.link_id))
    : undefined;
  return new Set(
    tables.service
      .filter((service) => (!query.organization_id || service.organization_id === query.organization_id) && (!withTerm || withTerm.has(service.id)))
      .map((service) => service.id),
  );
}

export function hsdsPage(name: HsdsCollectionName, collection: Collection, tables: HsdsTables, query: HsdsQuery) {
  const serviceIds = name === "services" || name === "service_at_locations" ? matchingServiceIds(tables, query) : undefined;
  const all: unknown[] = collection.list();
  const items = serviceIds
    ? all.filter((item) => serviceIds.has(name === "services" ? (item as { id: string }).id : (item as { service_id: string }).service_id))
    : all;
  const start = (query.page - 1) * query.per_page;
  const contents = items.slice(start, start + query.per_page);
  const totalPages = Math.max(1, Math.ceil(items.length / query.per_page));
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: query.page,
    size: contents.length,
    first_page: query.page === 1,
    last_page: query.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
