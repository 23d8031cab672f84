import { checkPlaces, parseApiQuery } from "@/lib/api/query";
import { apiRoute, jsonBody, pageEnvelope } from "@/lib/api/route";
import { servicePageSchema } from "@/lib/api/schemas";
import { listPlacesWithOffices } from "@/lib/data/directory";
import { searchServices } from "@/lib/data/directory-api";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

/** Services of the kind and population asked for, given where the other filters and the words match. */
export const GET = apiRoute(async (url) => {
  const { lang, filters } = parseApiQuery(url, { filters: true });
  if (filters.state || filters.city) checkPlaces(filters, await listPlacesWithOffices(lang));
  return jsonBody(servicePageSchema, pageEnvelope(url, lang, await searchServices(filters, lang)));
});
