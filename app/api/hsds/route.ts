import { hsdsJson } from "@/lib/hsds/api-responses";
import { hsdsApiMeta } from "@/lib/hsds/json-files";

/** HSDS 3.0 `GET /`: which version of the specification this API speaks. */
export function GET() {
  return hsdsJson(hsdsApiMeta);
}
