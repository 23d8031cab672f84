// Query parameters of the HSDS API (/api/hsds/...). Names follow HSDS 3.0's
// openapi.json (page, per_page) plus our `lang`; a bad value is refused with
// the parameter named rather than silently replaced.
import { z } from "zod";
import { defaultLocale, locales } from "@/lib/i18n/locales";

export const maxPerPage = 500;

const positiveInteger = (name: string, max?: number) => {
  const base = z.coerce.number({ error: `${name} must be a whole number` }).int(`${name} must be a whole number`).min(1, `${name} must be at least 1`);
  return max ? base.max(max, `${name} must be at most ${max}`) : base;
};

export const hsdsQuerySchema = z.object({
  lang: z.enum(locales, { error: `lang must be one of ${locales.join(", ")}` }).default(defaultLocale),
  page: positiveInteger("page").default(1),
  per_page: positiveInteger("per_page", maxPerPage).default(50),
  // Filters of /services and /service_at_locations in HSDS's openapi.json.
  organization_id: z.uuid({ error: "organization_id must be a UUID" }).optional(),
  taxonomy_term_id: z.uuid({ error: "taxonomy_term_id must be a UUID" }).optional(),
});

export type HsdsQuery = z.infer<typeof hsdsQuerySchema>;

export type HsdsQueryError = { error: "invalid_parameter"; parameter: string; message: string };

/** The parsed query, or the first problem with the parameter it is about. */
export function parseHsdsQuery(searchParams: URLSearchParams): { query: HsdsQuery } | { error: HsdsQueryError } {
  const raw = Object.fromEntries(["lang", "page", "per_page", "organization_id", "taxonomy_term_id"].flatMap((name) => (searchParams.has(name) ? [[name, searchParams.get(name)]] : [])));
  const result = hsdsQuerySchema.safeParse(raw);
  if (result.success) return { query: result.data };
  const issue = result.error.issues[0]!;
  return { error: { error: "invalid_parameter", parameter: String(issue.path[0] ?? "query"), message: issue.message } };
}
