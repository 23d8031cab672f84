// The public API's query parameters. Unlike the directory page, which drops a
// bad value and says so, the API refuses the request and names the parameter:
// a program that sends a typo should learn it at once, not get other results.
import { z } from "zod";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import {
  directoryParamSchemas,
  directoryParams,
  parseDirectoryParams,
  type DirectoryFilters,
  type DirectoryParam,
} from "@/lib/validation/directory-filters";
import { referralSlugsSchema } from "@/lib/validation/referral-list";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export const langSchema = z.enum(locales).default(defaultLocale);

type Options = { filters?: boolean; paged?: boolean; repeatable?: string[]; extra?: string[] };

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "invalid value";
}

/**
 * Checks every parameter of `url`: only the allowed names, once each (except
 * `repeatable`), each valid. Throws ApiError(400) naming the first that is not.
 */
export function parseApiQuery(url: URL, { filters = false, paged = filters, repeatable = [], extra = [] }: Options = {}) {
  const allowed = new Set<string>(["lang", ...extra, ...repeatable, ...(filters ? directoryParams.filter((name) => paged || name !== "page") : [])]);
  for (const name of new Set(url.searchParams.keys())) {
    if (!allowed.has(name)) throw new ApiError(400, `Unknown parameter "${name}".`, name);
    if (!repeatable.includes(name) && url.searchParams.getAll(name).length > 1) {
      throw new ApiError(400, `Parameter "${name}" may be given only once.`, name);
    }
  }
  const lang = langSchema.safeParse(url.searchParams.get("lang") ?? undefined);
  if (!lang.success) throw new ApiError(400, `Invalid value for "lang": expected one of ${locales.join(", ")}.`, "lang");
  const raw = Object.fromEntries(url.searchParams);
  const { filters: parsed, invalid } = parseDirectoryParams(filters ? raw : {});
  const bad = invalid[0];
  if (bad) throw new ApiError(400, `Invalid value for "${bad}": ${firstIssue(directoryParamSchemas[bad].safeParse(raw[bad]).error!)}.`, bad);
  return { lang: lang.data as Locale, filters: parsed as DirectoryFilters };
}

/** The referral list's office slugs (`o`, repeatable), in order, without repeats. */
export function parseReferralSlugs(values: string[], parameter = "o"): string[] {
  const parsed = referralSlugsSchema.safeParse([...new Set(values)]);
  if (!parsed.success) throw new ApiError(400, `Invalid value for "${parameter}": ${firstIssue(parsed.error)}.`, parameter);
  return parsed.data;
}

/** A state or city slug that is well formed but names no place with offices is as wrong as a malformed one. */
export function checkPlaces(filters: DirectoryFilters, places: { slug: string; cities: { slug: string }[] }[]) {
  const known: Partial<Record<DirectoryParam, Set<string>>> = {
    state: new Set(places.map((state) => state.slug)),
    city: new Set(places.flatMap((state) => state.cities.map((city) => city.slug))),
  };
  for (const name of ["state", "city"] as const) {
    const value = filters[name];
    if (value && !known[name]?.has(value)) throw new ApiError(400, `Invalid value for "${name}": no ${name} with published offices has this slug.`, name);
  }
}
