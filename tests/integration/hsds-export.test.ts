// The HSDS 3.0 export of the seeded directory, checked against the official
// schemas (additional properties forbidden) and datapackage.json.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHsdsExport } from "@/lib/data/hsds";
import { hsdsCsvPackage } from "@/lib/hsds/csv-package";
import { hsdsJsonFiles } from "@/lib/hsds/json-files";
import { provenancePaths, provenanceTableNames } from "@/lib/hsds/provenance-tables";
import { tableFields, tablePaths, hsdsTableNames } from "@/lib/hsds/table-fields";
import { checkForeignKeys, checkTable, parseCsv, withheldAddressFields, type ParsedTable, type ResourceRule } from "@/lib/hsds/validate-csv";
import { writeHsdsExport } from "@/lib/hsds/write-export";
import { locales } from "@/lib/i18n/locales";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { loadHsdsValidators, officialResources, withoutAmparoExtension } from "@/tests/setup/hsds-schemas";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const validators = loadHsdsValidators();

/** Which official schema a file of the export must satisfy; lists are checked item by item. */
function validatorFor(file: string) {
  const [collection, rest] = file.split("/");
  const one = rest !== undefined;
  switch (collection?.replace(/\.json$/, "")) {
    case "organizations":
      return one ? validators.organization : validators.organizationList;
    case "services":
      return one ? validators.service : validators.serviceList;
    case "service_at_locations":
      return one ? validators.serviceAtLocation : validators.serviceAtLocationList;
    case "taxonomies":
      return validators.taxonomy;
    case "taxonomy_terms":
      return validators.taxonomyTerm;
    case "index":
      return validators.apiMeta;
    default:
      return undefined;
  }
}

function schemaErrors(file: string, document: unknown): string[] {
  const validate = validatorFor(file);
  if (!validate) return [`${file}: no schema`];
  const items = Array.isArray(document) ? document : [document];
  return items.flatMap((item, index) =>
    validate(withoutAmparoExtension(item)) ? [] : (validate.errors ?? []).map((error) => `${file}[${index}] ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`),
  );
}

describe("HSDS 3.0 export", () => {
  let database: TestDatabase;
  let confidential: { id: string; street: string; postalCode: string | null; colonia: string | null };
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, await readSeedData());
    const office = await database.prisma.office.findUniqueOrThrow({
      where: { slug: "casa-del-migrante-tijuana" },
      select: { id: true, street: true, postalCode: true, colonia: true },
    });
    // A shelter whose address must stay private: give it coordinates too, to see them withheld.
    await database.prisma.office.update({ where: { id: office.id }, data: { confidentialAddress: true, latitude: 32.5312, longitude: -117.0191 } });
    confidential = { ...office, street: office.street! };
    // Languages spoken (language rows) and interpreters (a location attribute), so the schemas check both.
    await database.prisma.office.update({ where: { slug: "acnur-tapachula" }, data: { languages: ["es", "ht"], interpreters: "yes" } });
    // Two citations of it: one quotes its street (withheld), the other does not (exported).
    const source = await database.prisma.source.findFirstOrThrow({ select: { id: true } });
    await database.prisma.citation.createMany({
      data: [
        { officeId: office.id, sourceId: source.id, fact: "address", excerpt: `Nos encuentra en ${office.street}.`, position: 0 },
        { officeId: office.id, sourceId: source.id, fact: "hours", excerpt: "Abierto todos los días.", position: 1 },
      ],
    });
  });
  afterAll(() => database.close());

  it.each(locales)("validates every JSON document against the official schemas (%s)", async (lang) => {
    const { tables, documents } = await getHsdsExport(lang);
    const files = hsdsJsonFiles(documents, tables);
    expect(tables.organization.length).toBe(await database.prisma.organization.count({ where: { published: true } }));
    expect(files.size).toBe(
      1 + 5 + tables.organization.length + tables.service.length + tables.service_at_location.length + tables.taxonomy.length + tables.taxonomy_term.length,
    );
    const errors = [...files].flatMap(([file, document]) => schemaErrors(file, document));
    expect(errors).toEqual([]);
  });

  it("carries every published record's citations with their sources, in the JSON documents and the CSV package", async () => {
    const { tables, documents, provenance } = await getHsdsExport("en");
    const cited = await database.prisma.citation.count({ where: { organization: { published: true } } });
    expect(cited).toBeGreaterThan(0);
    expect(provenance.amparo_citation.filter((row) => row.link_entity === "organization")).toHaveLength(cited);
    expect(new Set(provenance.amparo_citation.map((row) => row.link_entity))).toEqual(new Set(["organization", "location", "service"]));
    // Each cited source once, and only cited ones.
    expect(new Set(provenance.amparo_citation.map((row) => row.source_id))).toEqual(new Set(provenance.amparo_source.map((row) => row.id)));

    const citation = provenance.amparo_citation.find((row) => row.link_entity === "organization" && row.excerpt)!;
    const stored = await database.prisma.citation.findUniqueOrThrow({ where: { id: citation.id }, include: { source: true } });
    const organization = documents.organization(citation.link_id)!;
    expect(organization.amparo_citations?.find((row) => row.id === stored.id)).toEqual({
      id: stored.id,
      fact: stored.fact,
      ...(stored.value ? { value: stored.value } : {}),
      excerpt: stored.excerpt,
      superseded: stored.superseded,
      source: expect.objectContaining({ id: stored.sourceId, key: stored.source.key, consulted_on: stored.source.consultedOn.toISOString().slice(0, 10) }),
    });
    const service = provenance.amparo_citation.find((row) => row.link_entity === "service")!;
    expect(documents.service(service.link_id)?.amparo_citations?.map((row) => row.id)).toContain(service.id);
    const location = provenance.amparo_citation.find((row) => row.link_entity === "location")!;
    const owner = tables.location.find((row) => row.id === location.link_id)!.organization_id!;
    expect(documents.organization(owner)?.locations.find((row) => row.id === location.link_id)?.amparo_citations?.map((row) => row.id)).toContain(location.id);
    // Lists stay plain HSDS.
    expect(documents.organizationList()[0]).not.toHaveProperty("amparo_citations");
  });

  it("fails validation when a document has a property HSDS does not define", async () => {
    const { documents, tables } = await getHsdsExport("es");
    const organization = withoutAmparoExtension(documents.organization(tables.organization[0]!.id)) as ReturnType<typeof documents.organization>;
    expect(validators.organization(organization)).toBe(true);
    expect(validators.organization({ ...organization, slug: "x" })).toBe(false);
    const location = organization!.locations[0]!;
    expect(validators.organization({ ...organization, locations: [{ ...location, street: "x" }] })).toBe(false);
  });

  it("speaks the language asked for, with the site's taxonomy labels", async () => {
    const es = await getHsdsExport("es");
    const en = await getHsdsExport("en");
    const term = (tables: typeof es.tables, code: string) => tables.taxonomy_term.find((row) => row.code === code);
    expect(term(es.tables, "legal_representation")).toMatchObject({ name: "Representación legal", language: "es" });
    expect(term(en.tables, "legal_representation")).toMatchObject({ name: "Legal representation", language: "en" });
    expect(term(es.tables, "women")?.id).toBe(term(en.tables, "women")?.id);
    const unhcr = (tables: typeof es.tables) => tables.organization.find((org) => org.name.includes("ACNUR") || org.name.includes("UNHCR"));
    expect(unhcr(es.tables)?.name).toMatch(/ACNUR/);
    expect(unhcr(en.tables)?.name).toMatch(/UNHCR/);
    expect(unhcr(en.tables)?.id).toBe(unhcr(es.tables)?.id);
  });

  it("gives a confidential office's city and state, never its street, postal code or coordinates", async () => {
    for (const lang of locales) {
      const { tables, documents, provenance } = await getHsdsExport(lang);
      // Its citations that could quote the address stay out; the others are given.
      const ofConfidential = provenance.amparo_citation.filter((row) => row.link_id === confidential.id);
      expect(ofConfidential.map((row) => row.fact)).not.toContain("address");
      expect(ofConfidential.map((row) => row.excerpt)).toContain("Abierto todos los días.");
      const location = tables.location.find((row) => row.id === confidential.id);
      expect(location).toBeDefined();
      expect(location).not.toHaveProperty("latitude");
      expect(location).not.toHaveProperty("longitude");
      const address = tables.address.find((row) => row.location_id === confidential.id);
      expect(address).toMatchObject({ city: "Tijuana", state_province: "Baja California", address_1: "", postal_code: "", country: "MX" });
      const everything = JSON.stringify([...hsdsJsonFiles(documents, tables).values()]) + [...hsdsCsvPackage(tables, lang, provenance).values()].join("");
      expect(everything).not.toContain(confidential.street);
      expect(everything).not.toContain("32.5312");
      if (confidential.postalCode) expect(everything).not.toContain(confidential.postalCode);
      if (confidential.colonia) expect(address).not.toHaveProperty("address_2");
    }
  });

  it("leaves out unpublished records and everything attached to them", async () => {
    const office = await database.prisma.office.findFirstOrThrow({ where: { confidentialAddress: false, phones: { some: {} } }, select: { id: true, phones: { select: { id: true } } } });
    await database.prisma.office.update({ where: { id: office.id }, data: { published: false } });
    try {
      const { tables } = await getHsdsExport("es");
      expect(tables.location.some((row) => row.id === office.id)).toBe(false);
      expect(tables.service_at_location.some((row) => row.location_id === office.id)).toBe(false);
      expect(tables.phone.some((row) => row.id === office.phones[0]!.id)).toBe(false);
    } finally {
      await database.prisma.office.update({ where: { id: office.id }, data: { published: true } });
    }
  });

  it("keeps every id the same from one export to the next", async () => {
    const ids = (tables: Awaited<ReturnType<typeof getHsdsExport>>["tables"]) =>
      Object.fromEntries(hsdsTableNames.map((table) => [table, tables[table].map((row) => row.id)]));
    const first = await getHsdsExport("es");
    const second = await getHsdsExport("en");
    expect(ids(second.tables)).toEqual(ids(first.tables));
    expect(first.tables.address.length).toBeGreaterThan(0);
    expect(first.tables.schedule.length).toBeGreaterThan(0);
    expect(first.tables.cost_option.length).toBeGreaterThan(0);
  });

  it("writes a CSV package whose tables satisfy the official datapackage.json", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "amparo-hsds-"));
    try {
      const { tables, provenance } = await getHsdsExport("es");
      await writeHsdsExport(dir, tables, "es", provenance);
      const ours = JSON.parse(await readFile(path.join(dir, "csv/datapackage.json"), "utf8")) as { resources: ResourceRule[] };
      const official = new Map(officialResources().map((resource) => [resource.name, resource]));
      const parsed = new Map<string, ParsedTable>();
      const problems = [];
      // HSDS's tables first, then exactly the extension's two (decision 016).
      expect(ours.resources.map((resource) => resource.name)).toEqual([...hsdsTableNames, ...provenanceTableNames]);
      for (const resource of ours.resources.filter((candidate) => official.has(candidate.name))) {
        const reference = official.get(resource.name)!;
        // Our datapackage.json describes each table exactly as the official one does.
        expect(resource.path).toBe(reference.path);
        expect(resource.schema.fields.map(({ name, type }) => ({ name, type }))).toEqual(reference.schema.fields.map(({ name, type }) => ({ name, type })));
        const table = parseCsv(await readFile(path.join(dir, "csv", resource.path), "utf8"));
        expect(table.header).toEqual(reference.schema.fields.map((field) => field.name));
        parsed.set(resource.name, table);
        problems.push(...checkTable(reference, table, withheldAddressFields));
      }
      problems.push(...checkForeignKeys(officialResources(), parsed));
      // The extension's tables satisfy the description our datapackage.json gives them.
      for (const resource of ours.resources.filter((candidate) => !official.has(candidate.name))) {
        const table = parseCsv(await readFile(path.join(dir, "csv", resource.path), "utf8"));
        expect(table.rows.length, resource.name).toBe(provenance[resource.name as keyof typeof provenance].length);
        problems.push(...checkTable(resource, table));
        parsed.set(resource.name, table);
      }
      problems.push(...checkForeignKeys(ours.resources, parsed));
      // Only a withheld or unknown street line or postal code may be empty (withheldAddressFields).
      expect(problems).toEqual([]);
      const strict = [...parsed].filter(([name]) => official.has(name)).flatMap(([name, table]) => checkTable(official.get(name)!, table));
      expect(new Set(strict.map((problem) => `${problem.table}.${problem.field}: ${problem.message}`))).toEqual(
        new Set(["address.address_1: required value missing", "address.postal_code: required value missing"]),
      );
      const confidentialRow = parsed.get("address")!.rows.find((row) => row.location_id === confidential.id);
      expect(confidentialRow).toMatchObject({ address_1: "", postal_code: "", city: "Tijuana" });
      expect(parsed.get("organization")!.rows.length).toBe(tables.organization.length);
      expect((await readdir(path.join(dir, "csv"))).sort()).toEqual(
        ["datapackage.json", ...hsdsTableNames.map((table) => tablePaths[table]), ...provenanceTableNames.map((table) => provenancePaths[table])].sort(),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lists the same columns as the official datapackage.json, with the same requirements", () => {
    const official = new Map(officialResources().map((resource) => [resource.name, resource]));
    for (const table of hsdsTableNames) {
      const expected = official.get(table)!.schema.fields.map((field) => ({
        name: field.name,
        required: Boolean(field.constraints?.required),
        format: field.format,
        enum: field.constraints?.enum,
      }));
      expect(tableFields[table].map((field) => ({ name: field.name, required: Boolean(field.required), format: field.format, enum: field.enum }))).toEqual(expected);
    }
  });
});
