// The HSDS API route handlers on the seeded test database: pages, records,
// languages and refused parameters, with the answers checked against the
// official schemas.
import { describe, expect, it } from "vitest";
import { GET as getRecord } from "@/app/api/hsds/[collection]/[id]/route";
import { GET as getList } from "@/app/api/hsds/[collection]/route";
import { GET as getIndex } from "@/app/api/hsds/route";
import { loadHsdsValidators, withoutAmparoExtension } from "@/tests/setup/hsds-schemas";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

const validators = loadHsdsValidators();
const list = (collection: string, query = "") =>
  getList(new Request(`http://localhost/api/hsds/${collection}${query}`), { params: Promise.resolve({ collection }) });
const record = (collection: string, id: string, query = "") =>
  getRecord(new Request(`http://localhost/api/hsds/${collection}/${id}${query}`), { params: Promise.resolve({ collection, id }) });

type Page<Item = { id: string; name: string }> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Item[];
};

describe("HSDS API", () => {
  const database = useSeededTestDatabase();

  it("says which HSDS version it speaks", async () => {
    const body = await getIndex().json();
    expect(body).toMatchObject({ version: "3.0", openapi_url: expect.stringMatching(/^https:\/\//) });
  });

  it("pages through organizations, each item valid HSDS", async () => {
    const total = await database.prisma.organization.count({ where: { published: true } });
    const first = (await (await list("organizations", "?per_page=10")).json()) as Page;
    expect(first).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 10), page_number: 1, size: 10, first_page: true, last_page: false });
    const last = (await (await list("organizations", `?per_page=10&page=${first.total_pages}`)).json()) as Page;
    expect(last).toMatchObject({ last_page: true, size: total - 10 * (first.total_pages - 1) });
    expect(new Set([...first.contents, ...last.contents].map((org) => org.id)).size).toBe(first.size + last.size);
    for (const item of [...first.contents, ...last.contents]) expect(validators.organizationList(item), JSON.stringify(validators.organizationList.errors)).toBe(true);
  });

  it("returns one fully nested service in the language asked for", async () => {
    const services = (await (await list("services", "?per_page=500")).json()) as Page;
    const id = services.contents[0]!.id;
    const es = await record("services", id);
    const en = await record("services", id, "?lang=en");
    expect(es.status).toBe(200);
    expect(es.headers.get("content-language")).toBe("es");
    type Service = { id: string; name: string; service_at_locations: unknown[]; amparo_citations: { id: string; source: { key: string } }[] };
    const esBody = (await es.json()) as Service;
    const enBody = (await en.json()) as Service;
    // HSDS, strictly, plus the one extension property of decision 016.
    expect(validators.service(withoutAmparoExtension(esBody)), JSON.stringify(validators.service.errors)).toBe(true);
    expect(validators.service(withoutAmparoExtension(enBody))).toBe(true);
    const citations = await database.prisma.citation.findMany({ where: { serviceId: id }, orderBy: { position: "asc" }, select: { id: true, source: { select: { key: true } } } });
    expect(esBody.amparo_citations.map((citation) => ({ id: citation.id, source: { key: citation.source.key } }))).toEqual(citations);
    expect(esBody.id).toBe(enBody.id);
    expect(esBody.name).not.toBe(enBody.name);
    expect(esBody.service_at_locations.length).toBeGreaterThan(0);
  });

  it("filters services by kind of help and by organisation", async () => {
    const terms = (await (await list("taxonomy_terms", "?per_page=500")).json()) as Page<{ id: string; code: string }>;
    const shelter = terms.contents.find((term) => term.code === "shelter")!;
    const shelters = (await (await list("services", `?per_page=500&taxonomy_term_id=${shelter.id}`)).json()) as Page;
    const expected = await database.prisma.service.count({ where: { type: "shelter", published: true, organization: { published: true } } });
    expect(shelters.total_items).toBe(expected);
    expect(shelters.contents.every((service) => service.name === "Albergue")).toBe(true);
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "asylum-access-mexico" }, select: { id: true, _count: { select: { services: true } } } });
    const ofOrg = (await (await list("service_at_locations", `?per_page=500&organization_id=${org.id}`)).json()) as Page<{ service: { organization_id: string } }>;
    expect(ofOrg.total_items).toBeGreaterThanOrEqual(org._count.services);
    expect(ofOrg.contents.every((link) => link.service.organization_id === org.id)).toBe(true);
  });

  it("refuses a bad parameter with a 400 that names it", async () => {
    for (const [query, parameter] of [["?lang=xx", "lang"], ["?page=0", "page"], ["?per_page=abc", "per_page"], ["?per_page=100000", "per_page"], ["?taxonomy_term_id=shelter", "taxonomy_term_id"]] as const) {
      const response = await list("services", query);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid_parameter", parameter, message: expect.stringContaining(parameter) });
    }
  });

  it("answers 404 for unknown collections and records", async () => {
    expect((await list("programs")).status).toBe(404);
    expect((await record("organizations", "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const unpublished = await database.prisma.organization.update({ where: { slug: "comar" }, data: { published: false }, select: { id: true } });
    expect((await record("organizations", unpublished.id)).status).toBe(404);
  });
});
