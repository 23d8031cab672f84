import { getHsdsExport } from "@/lib/data/hsds";
import { HsdsNotFound, hsdsError, hsdsUnavailable, keptHsdsJson } from "@/lib/hsds/api-responses";
import { databaseRoute } from "@/lib/http/database-outage";
import { hsdsCollections, isHsdsCollection } from "@/lib/hsds/json-files";
import { parseHsdsQuery } from "@/lib/validation/hsds-query";

export const dynamic = "force-dynamic";

/** One fully nested HSDS 3.0 record by id. */
export const GET = databaseRoute(async (request: Request, { params }: { params: Promise<{ collection: string; id: string }> }) => {
  const { collection, id } = await params;
  if (!isHsdsCollection(collection)) return hsdsError(404, { error: "not_found", message: `no HSDS collection named ${collection}` });
  const parsed = parseHsdsQuery(new URL(request.url).searchParams);
  if ("error" in parsed) return hsdsError(400, parsed.error);
  const { lang } = parsed.query;
  return keptHsdsJson(request, lang, async () => {
    const { tables, documents } = await getHsdsExport(lang);
    const document = hsdsCollections(documents, tables)[collection].one(id);
    if (!document) throw new HsdsNotFound(`no published record ${id} in ${collection}`);
    return document;
  });
}, hsdsUnavailable);
