// The JSON half of an export, laid out like the HSDS API (schema/openapi.json):
// index.json, one list per collection and one file per record under it.
import type { HsdsDocuments } from "@/lib/hsds/documents";
import type { HsdsTables } from "@/lib/hsds/types";
import { hsdsVersion } from "@/lib/hsds/csv-package";

/** What `GET /` of an HSDS API answers. */
export const hsdsApiMeta = {
  version: hsdsVersion,
  profile: "https://docs.openreferral.org/en/v3.0/hsds/overview.html",
  openapi_url: "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
};

/** Collections by their API path, with how to list them and fetch one record. */
export function hsdsCollections(documents: HsdsDocuments, tables: HsdsTables) {
  return {
    organizations: { ids: tables.organization.map((row) => row.id), list: documents.organizationList, one: documents.organization },
    services: { ids: tables.service.map((row) => row.id), list: documents.serviceList, one: documents.service },
    service_at_locations: {
      ids: tables.service_at_location.map((row) => row.id),
      list: documents.serviceAtLocationList,
      one: documents.serviceAtLocation,
    },
    taxonomies: { ids: tables.taxonomy.map((row) => row.id), list: documents.taxonomyList, one: documents.taxonomy },
    taxonomy_terms: { ids: tables.taxonomy_term.map((row) => row.id), list: documents.taxonomyTermList, one: documents.taxonomyTerm },
  } as const;
}

export type HsdsCollectionName = keyof ReturnType<typeof hsdsCollections>;
export const hsdsCollectionNames = ["organizations", "services", "service_at_locations", "taxonomies", "taxonomy_terms"] as const satisfies readonly HsdsCollectionName[];

export const isHsdsCollection = (name: string): name is HsdsCollectionName => (hsdsCollectionNames as readonly string[]).includes(name);

/** Relative path → document, for every document of the export. */
export function hsdsJsonFiles(documents: HsdsDocuments, tables: HsdsTables): Map<string, unknown> {
  const files = new Map<string, unknown>([["index.json", hsdsApiMeta]]);
  const collections = hsdsCollections(documents, tables);
  for (const name of hsdsCollectionNames) {
    const collection = collections[name];
    files.set(`${name}.json`, collection.list());
    for (const id of collection.ids) files.set(`${name}/${id}.json`, collection.one(id));
  }
  return files;
}
