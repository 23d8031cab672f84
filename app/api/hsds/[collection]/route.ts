import { getHsdsExport } from "@/lib/data/hsds";
import { hsdsError, hsdsPage, hsdsUnavailable, keptHsdsJson } from "@/lib/hsds/api-responses";
import { databaseRoute } from "@/lib/http/database-outage";
import { hsdsCollections, isHsdsCollection } from "@/lib/hsds/json-files";
import { parseHsdsQuery } from "@/lib/validation/hsds-query";

export const dynamic = "force-dynamic";

/**
 * HSDS 3.0 paginated listings: organizations, services, service_at_locations, taxonomies, taxonomy_terms.
 * Services and their locations can be filtered by organization_id and taxonomy_term_id.
 */
export const GET = databaseRoute(async (request: Request, { params }: { params: Promise<{ collection: string }> }) => {
  const { collection } = await params;
  if (!isHsdsCollection(collection)) return hsdsError(404, { error: "not_found", message: `no HSDS collection named ${collection}` });
  const parsed = parseHsdsQuery(new URL(request.url).searchParams);
  if ("error" in parsed) return hsdsError(400, parsed.error);
  const { query } = parsed;
  return keptHsdsJson(request, query.lang, async () => {
    const { tables, documents } = await getHsdsExport(query.lang);
    return hsdsPage(collection, hsdsCollections(documents, tables)[collection], tables, query);
  });
}, hsdsUnavailable);
