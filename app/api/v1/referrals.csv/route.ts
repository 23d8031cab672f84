import { parseApiQuery, parseReferralSlugs } from "@/lib/api/query";
import { apiRoute } from "@/lib/api/route";
import { getOfficesBySlugs } from "@/lib/data/offices";
import { csvBody, fromOfficePage, officesCsv } from "@/lib/referrals/offices-csv";
import { referralParam } from "@/lib/validation/referral-list";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

/** A referral list (`o`, repeated: office slugs) as CSV, in the list's order. */
export const GET = apiRoute(async (url) => {
  const { lang } = parseApiQuery(url, { repeatable: [referralParam] });
  const offices = await getOfficesBySlugs(parseReferralSlugs(url.searchParams.getAll(referralParam)), lang);
  return csvBody(officesCsv(offices.map(fromOfficePage), lang), lang, "listFile");
});
