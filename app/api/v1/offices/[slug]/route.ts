import { parseApiQuery } from "@/lib/api/query";
import { apiRoute, jsonBody, notFound } from "@/lib/api/route";
import { officeResponseSchema } from "@/lib/api/schemas";
import { getOfficeBySlug } from "@/lib/data/offices";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

export const GET = apiRoute<{ slug: string }>(async (url, { slug }) => {
  const { lang } = parseApiQuery(url);
  const office = (await getOfficeBySlug(slug, lang)) ?? notFound("office");
  return jsonBody(officeResponseSchema, { data: office, meta: { lang } });
});
