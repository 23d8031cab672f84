import { checkPlaces, parseApiQuery } from "@/lib/api/query";
import { apiRoute, jsonBody, pageEnvelope } from "@/lib/api/route";
import { organizationPageSchema } from "@/lib/api/schemas";
import { listPlacesWithOffices } from "@/lib/data/directory";
import { searchOrganizations } from "@/lib/data/directory-api";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

/** Organisations with at least one result in the directory for these filters. */
export const GET = apiRoute(async (url) => {
  const { lang, filters } = parseApiQuery(url, { filters: true });
  if (filters.state || filters.city) checkPlaces(filters, await listPlacesWithOffices(lang));
  return jsonBody(organizationPageSchema, pageEnvelope(url, lang, await searchOrganizations(filters, lang)));
});
