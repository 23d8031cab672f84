import { checkPlaces, parseApiQuery } from "@/lib/api/query";
import { apiRoute, jsonBody, pageEnvelope } from "@/lib/api/route";
import { listingPageSchema } from "@/lib/api/schemas";
import { listPlacesWithOffices, pageSize, searchDirectory } from "@/lib/data/directory";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

/** The directory's results, exactly as the directory page lists them for the same filters. */
export const GET = apiRoute(async (url) => {
  const { lang, filters } = parseApiQuery(url, { filters: true });
  if (filters.state || filters.city) checkPlaces(filters, await listPlacesWithOffices(lang));
  const result = await searchDirectory(filters, lang);
  return jsonBody(listingPageSchema, pageEnvelope(url, lang, { ...result, pageSize }));
});
