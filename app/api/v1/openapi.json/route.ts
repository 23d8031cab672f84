import { openApiDocument } from "@/lib/api/openapi";
import { parseApiQuery } from "@/lib/api/query";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/route";

export const GET = apiRoute(async (url) => {
  parseApiQuery(url);
  return { body: JSON.stringify(openApiDocument()), contentType: "application/json; charset=utf-8" };
});
