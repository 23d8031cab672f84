import { checkPlaces, parseApiQuery } from "@/lib/api/query";
import { apiRoute } from "@/lib/api/route";
import { listPlacesWithOffices } from "@/lib/data/directory";
import { listAllListings } from "@/lib/data/directory-api";
import { csvBody, officesCsv } from "@/lib/referrals/offices-csv";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

/** A whole directory search (every page) as CSV: the same filters as /api/v1/offices, without `page`. */
export const GET = apiRoute(async (url) => {
  const { lang, filters } = parseApiQuery(url, { filters: true, paged: false });
  if (filters.state || filters.city) checkPlaces(filters, await listPlacesWithOffices(lang));
  const listings = await listAllListings(filters, lang);
  return csvBody(officesCsv(listings, lang), lang, "resultsFile");
});
