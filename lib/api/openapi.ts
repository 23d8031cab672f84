// The OpenAPI 3.1 description of the public API, built from the same zod
// schemas that validate the parameters and shape the responses, so that what
// it says cannot drift from what the API does.
import { z } from "zod";
import { langSchema } from "@/lib/api/query";
import { apiSchemas } from "@/lib/api/schemas";
import { env } from "@/lib/env";
import { apiCacheControl } from "@/lib/http/api-response";
import { directoryParamSchemas, directoryParams, type DirectoryParam } from "@/lib/validation/directory-filters";
import { maxReferralOffices, referralParam } from "@/lib/validation/referral-list";
import { slugParamSchema } from "@/lib/validation/params";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input" });
  return rest;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const parameterText: Record<DirectoryParam | "lang", string> = {
  q:
    "Words to search for, read as a person means them (accents and case do not matter). A state or city named in them applies as the " +
    "`state` or `city` filter, unless one of those is given. Everyday words in Spanish, English, French, Haitian Creole or Portuguese for kinds of help and populations " +
    "(plurals, both genders, one typo in words of five letters or more) match a result that gives that help or serves those people, " +
    "or whose text has the word. Other words must each appear in a result's text, or a near spelling of them; when that leaves nothing " +
    "and a kind of help or population was understood, or when the query is a question, they only order the results. Name matches come " +
    "first, then the results that give what was asked for. `meta.understood` says what was understood; `/api/v1/offices` also gives, " +
    "in `meta.answer`, the legal note that answers the query, if one does.",
  state: "A state's slug (only states with published offices).",
  city: "A city's slug (only cities with published offices).",
  service: "A kind of help.",
  population: "Who the help is for; with `service`, both must hold for the same service.",
  language:
    "A language help is given in at the office: an ISO 639-1 or 639-3 code (`es`, `ht`, `tzo`), matched exactly as offices hold it (`pt-BR` is not `pt`). Offices whose sources do not " +
    "say which languages they use are left out. Each office's `languages` and `interpreters` (`yes`, `no` or `unknown`) say what is known.",
  open: "`1`: only offices open now, on their own clock (offices with known hours only).",
  page: "The page of results, 20 per page.",
  lang: "The language of the text fields. Missing text falls back to another language (then `isFallback` is true).",
};

const queryParameter = (name: DirectoryParam | "lang", schema: z.ZodType) => ({
  name,
  in: "query",
  required: false,
  description: parameterText[name],
  schema: jsonSchema(schema),
});

const langParameter = queryParameter("lang", langSchema);
const filterParameters = (paged: boolean) =>
  directoryParams.filter((name) => paged || name !== "page").map((name) => queryParameter(name, directoryParamSchemas[name]));
const slugParameter = { name: "slug", in: "path", required: true, schema: jsonSchema(slugParamSchema) };

const header = (description: string, schema: JsonSchema = { type: "string" }) => ({ description, schema });
const commonHeaders = {
  ETag: header("A strong validator of the body; send it back in If-None-Match to get 304 when nothing changed."),
  "Cache-Control": header(`\`${apiCacheControl}\``),
  "Access-Control-Allow-Origin": header("`*`: any site may read the API from a browser."),
  "RateLimit-Limit": header("Requests allowed per window from one address.", { type: "integer" }),
  "RateLimit-Remaining": header("Requests left in this window.", { type: "integer" }),
  "RateLimit-Reset": header("Seconds until the window ends.", { type: "integer" }),
};
const error = (description: string, headers: Record<string, unknown> = {}) => ({
  description,
  headers,
  content: { "application/json": { schema: ref("Error") } },
});

function operation(summary: string, parameters: unknown[], ok: { description: string; content: Record<string, unknown>; headers?: Record<string, unknown> }, extra: Record<string, unknown> = {}) {
  return {
    get: {
      summary,
      parameters,
      responses: {
        "200": { description: ok.description, headers: { ...commonHeaders, ...ok.headers }, content: ok.content },
        "304": { description: "Not modified: the ETag in If-None-Match is still current.", headers: commonHeaders },
        "400": error("An unknown, repeated or invalid query parameter; `error.parameter` names it."),
        ...extra,
        "429": error("Too many requests from this address.", { "Retry-After": header("Seconds to wait.", { type: "integer" }) }),
        "503": error("The database is unavailable; try again shortly.", { "Retry-After": header("Seconds to wait.", { type: "integer" }) }),
      },
    },
  };
}

const json = (id: string) => ({ "application/json": { schema: ref(id) } });
const csv = { "text/csv": { schema: { type: "string" } } };
const notFound = { "404": error("No published record has this slug.") };
const csvHeaders = { "Content-Disposition": header("`attachment`, with a file name in the requested language.") };

const list = (summary: string, description: string, id: string) =>
  operation(summary, [...filterParameters(true), langParameter], { description, content: json(id) });
const one = (summary: string, id: string) =>
  operation(summary, [slugParameter, langParameter], { description: "The record.", content: json(id) }, notFound);

export function openApiDocument() {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Amparo public API",
      version: "1.0.0",
      description:
        "Read-only access to Amparo's directory of free legal aid and protection services for refugees and asylum seekers in Mexico. " +
        "Published records only; confidential addresses are never included. Filters and search work as on the directory page.",
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: env.SITE_URL }],
    paths: {
      "/api/v1/offices": list("Directory results: offices, and organisations without an office", "One page of results, in the directory's order.", "ListingPage"),
      "/api/v1/offices/{slug}": one("One office, with its organisation and the help given there", "OfficeResponse"),
      "/api/v1/organizations": list("Organisations with at least one directory result for the filters", "One page of organisations, ranked by their best result.", "OrganizationPage"),
      "/api/v1/organizations/{slug}": one("One organisation with its offices and services", "OrganizationResponse"),
      "/api/v1/services": list("Services of the kind and population asked for, where the other filters match", "One page of services.", "ServicePage"),
      "/api/v1/offices.csv": operation("Every result of a directory search as CSV (UTF-8 with BOM)", [...filterParameters(false), langParameter], {
        description: "The results, with headers in the requested language.",
        content: csv,
        headers: csvHeaders,
      }),
      "/api/v1/referrals.csv": operation("A referral list of offices as CSV (UTF-8 with BOM)", [
        {
          name: referralParam,
          in: "query",
          required: false,
          description: `An office slug; repeat the parameter for each office (at most ${maxReferralOffices}), in the order wanted.`,
          style: "form",
          explode: true,
          schema: { type: "array", maxItems: maxReferralOffices, items: jsonSchema(slugParamSchema) },
        },
        langParameter,
      ], { description: "The offices that exist and are published, in the list's order.", content: csv, headers: csvHeaders }),
      "/api/v1/openapi.json": operation("This description", [], {
        description: "The OpenAPI 3.1 document.",
        content: { "application/json": { schema: { type: "object" } } },
      }),
    },
    components: { schemas: components },
  };
}
