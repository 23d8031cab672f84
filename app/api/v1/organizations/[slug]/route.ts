import { parseApiQuery } from "@/lib/api/query";
import { apiRoute, jsonBody, notFound } from "@/lib/api/route";
import { organizationResponseSchema } from "@/lib/api/schemas";
import { getOrganizationBySlug } from "@/lib/data/organizations";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

export const GET = apiRoute<{ slug: string }>(async (url, { slug }) => {
  const { lang } = parseApiQuery(url);
  const organization = (await getOrganizationBySlug(slug, lang)) ?? notFound("organization");
  return jsonBody(organizationResponseSchema, { data: organization, meta: { lang } });
});
