// The official HSDS 3.0 schemas (tests/fixtures/hsds-3.0, copied unchanged from
// Open Referral's release, CC BY-SA 4.0; the large compiled ones gzipped), made strict the way the
// specification's own CI does: every object schema gets additionalProperties:
// false (in memory only; the shared files are never edited). The schemas carry
// non-standard keywords, hence Ajv's non-strict mode.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ResourceRule } from "@/lib/hsds/validate-csv";

// Kept in the repository so the tests run wherever the clone is (CI has no ../shared).
export const hsdsSpecDir = path.resolve(import.meta.dirname, "../fixtures/hsds-3.0");

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function forbidAdditionalProperties(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forbidAdditionalProperties);
  if (!schema || typeof schema !== "object") return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, forbidAdditionalProperties(value)]));
  if (copy.properties && typeof copy.properties === "object") copy.additionalProperties = false;
  return copy;
}

const readJson = (file: string): unknown => {
  const compiled = path.join(hsdsSpecDir, `${file}.gz`);
  const text = file.includes("/compiled/") ? gunzipSync(readFileSync(compiled)).toString("utf8") : readFileSync(path.join(hsdsSpecDir, file), "utf8");
  return JSON.parse(text);
};

export function loadHsdsValidators() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const compile = (file: string): ValidateFunction => ajv.compile(forbidAdditionalProperties(readJson(file)) as object);
  // taxonomy and taxonomy_term are not compiled upstream: register what they refer to by the names they use.
  for (const name of ["metadata", "taxonomy"]) {
    ajv.addSchema(forbidAdditionalProperties(readJson(`schema/${name}.json`)) as object, `${name}.json`);
  }
  const openapi = readJson("schema/openapi.json") as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }> };
  const metaSchema = openapi.paths["/"]!.get.responses["200"]!.content["application/json"]!.schema;
  return {
    apiMeta: ajv.compile(forbidAdditionalProperties(metaSchema) as object),
    organization: compile("schema/compiled/organization.json"),
    organizationList: compile("schema/compiled/organization_list.json"),
    service: compile("schema/compiled/service.json"),
    serviceList: compile("schema/compiled/service_list.json"),
    serviceAtLocation: compile("schema/compiled/service_at_location.json"),
    serviceAtLocationList: compile("schema/compiled/service_at_location_list.json"),
    taxonomy: ajv.getSchema("taxonomy.json")!,
    taxonomyTerm: compile("schema/taxonomy_term.json"),
  };
}

/** The official CSV package description: one resource per table. */
export function officialResources(): ResourceRule[] {
  return (readJson("datapackage.json") as { resources: ResourceRule[] }).resources;
}

/**
 * A document without Amparo's one extension property (decision 016), so the
 * rest can be held to the strict official schema: anything else HSDS does not
 * define still fails.
 */
export function withoutAmparoExtension(document: unknown): unknown {
  if (Array.isArray(document)) return document.map(withoutAmparoExtension);
  if (!document || typeof document !== "object") return document;
  return Object.fromEntries(Object.entries(document).filter(([key]) => key !== "amparo_citations").map(([key, value]) => [key, withoutAmparoExtension(value)]));
}
