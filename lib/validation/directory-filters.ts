// The directory's query parameters. Each one is checked on its own: a bad or
// hostile value is dropped and named (the page says so, translated), the
// others still apply, and the page never fails because of its URL.
import { z } from "zod";
import { populations, serviceTypes } from "@/lib/taxonomy";
import { officeFields } from "@/lib/validation/office";
import { slugParamSchema } from "@/lib/validation/params";

export const maxQueryLength = 100;

const fields = {
  q: z.string().trim().min(1).max(maxQueryLength),
  state: slugParamSchema,
  city: slugParamSchema,
  service: z.enum(serviceTypes),
  population: z.enum(populations),
  /**
   * A language help is given in: an office's own code (lib/validation/office.ts), matched exactly, so that
   * every option of the menu (the codes offices hold, "pt-BR" included) is a value this accepts.
   */
  language: officeFields.languageCode,
  open: z.literal("1"),
  page: z.coerce.number().int().min(1).max(1000),
};

/** One schema per parameter: the API validates with these and documents them (OpenAPI). */
export const directoryParamSchemas = fields;

export type DirectoryParam = keyof typeof fields;
export const directoryParams = Object.keys(fields) as DirectoryParam[];

export type DirectoryFilters = {
  q?: string;
  state?: string;
  city?: string;
  service?: z.infer<typeof fields.service>;
  population?: z.infer<typeof fields.population>;
  language?: string;
  open?: "1";
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

export function parseDirectoryParams(raw: RawParams): { filters: DirectoryFilters; invalid: DirectoryParam[] } {
  const filters: Record<string, unknown> = { page: 1 };
  const invalid: DirectoryParam[] = [];
  for (const name of directoryParams) {
    const value = [raw[name]].flat()[0];
    if (value === undefined || value.trim() === "") continue;
    const parsed = fields[name].safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else invalid.push(name);
  }
  return { filters: filters as DirectoryFilters, invalid };
}

/** The query string for these filters (page 1 is left out), for links that keep the search. */
export function directoryQuery(filters: Partial<DirectoryFilters>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of directoryParams) {
    const value = filters[name];
    if (value === undefined || (name === "page" && value === 1)) continue;
    query[name] = String(value);
  }
  return query;
}
