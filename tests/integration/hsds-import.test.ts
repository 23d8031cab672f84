// Reading HSDS back: the mapping round trip on the seeded directory, and the
// dry-run review of packages that match, change or break the database.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHsdsExport, loadHsdsSource } from "@/lib/data/hsds";
import { reviewHsdsImport } from "@/lib/data/hsds-import";
import { fromHsds } from "@/lib/hsds/from-hsds";
import { importReportLines } from "@/lib/hsds/import-report";
import { timeZoneForOffset } from "@/lib/hsds/time-zones";
import { toHsdsTables } from "@/lib/hsds/to-tables";
import { writeHsdsExport } from "@/lib/hsds/write-export";
import { locales } from "@/lib/i18n/locales";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { editPackageTable } from "@/tests/setup/hsds-package";
import { createPlacesOnlyDatabase } from "@/tests/setup/places-database";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const now = new Date("2026-07-01T12:00:00Z");

describe("HSDS import (read side)", () => {
  let database: TestDatabase;
  let empty: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    // A database with only the states and cities, opened first so the seeded one is the site's client.
    const seed = await readSeedData();
    empty = await createPlacesOnlyDatabase(seed);
    database = await createTestDatabase();
    await seedDatabase(database.prisma, seed);
    dir = await mkdtemp(path.join(os.tmpdir(), "amparo-hsds-import-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await database.close();
    await empty.close();
  });

  async function exportTo(name: string) {
    const target = path.join(dir, name);
    const { tables, provenance } = await getHsdsExport("es");
    await writeHsdsExport(target, tables, "es", provenance);
    return target;
  }
  const csvFile = (target: string, file: string) => path.join(target, "csv", file);
  async function editCsv(target: string, file: string, edit: (content: string) => string) {
    await writeFile(csvFile(target, file), edit(await readFile(csvFile(target, file), "utf8")));
  }

  it.each(locales)("maps the exported tables back to the same records (%s)", async (lang) => {
    const tables = toHsdsTables(await loadHsdsSource(), { lang, now });
    const back = fromHsds(tables, {
      lang,
      timeZoneOf: (location, offset) =>
        timeZoneForOffset(tables.address.find((row) => row.location_id === location.id)?.country ?? "MX", offset, now),
    });
    expect(back.problems).toEqual([]);
    expect(toHsdsTables(back.organizations, { lang, now })).toEqual(tables);
  });

  it("finds nothing to change when the package is the database's own export", async () => {
    const review = await reviewHsdsImport(await exportTo("same"), "es");
    expect(review.status).toBe("valid");
    if (review.status !== "valid") return;
    for (const table of Object.values(review.plan)) {
      expect(table.new).toEqual([]);
      expect(table.changed).toEqual([]);
    }
    expect(review.plan.organization.unchanged).toBe(await database.prisma.organization.count({ where: { published: true } }));
    expect(review.provenance).toMatchObject({ sources: [], replacements: [] });
    expect(review.provenance!.unchangedSources).toBeGreaterThan(0);
  });

  it("finds every record new in a database that has only the places", async () => {
    const review = await reviewHsdsImport(await exportTo("into-empty"), "es", empty.prisma);
    expect(review.status).toBe("valid");
    if (review.status !== "valid") return;
    const tables = toHsdsTables(await loadHsdsSource(), { lang: "es" });
    expect(review.plan.organization.new.map((row) => row.id)).toEqual(tables.organization.map((row) => row.id));
    expect(review.plan.service.new).toHaveLength(tables.service.length);
    expect(review.plan.location.changed).toEqual([]);
    expect(review.plan.address.unchanged).toBe(0);
    expect(review.cityIds.size).toBe(tables.address.length);
    expect(await empty.prisma.organization.count()).toBe(0);
  });

  it("names the new records and the changed fields, and writes nothing", async () => {
    const target = await exportTo("changed");
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "asylum-access-mexico" }, select: { id: true, description: true } });
    const before = (org.description as { es: string }).es;
    await editCsv(target, "organizations.csv", (content) => content.replace(before, "Descripción corregida por otra fuente."));
    const newPhone = "9a8b7c6d-1111-4222-8333-444455556666";
    await editCsv(target, "phones.csv", (content) => `${content}${newPhone},,,${org.id},,,+525512345678,,voice,\r\n`);

    const review = await reviewHsdsImport(target, "es");
    expect(review.status).toBe("valid");
    if (review.status !== "valid") return;
    expect(review.plan.organization.changed).toEqual([{ id: org.id, label: expect.stringContaining("Asylum Access"), fields: ["description"] }]);
    expect(review.plan.phone.new).toEqual([expect.objectContaining({ id: newPhone, label: "+525512345678" })]);
    expect(review.plan.service.changed).toEqual([]);
    const after = await database.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { description: true } });
    expect(after.description).toEqual(org.description);
    expect(await database.prisma.phone.count({ where: { id: newPhone } })).toBe(0);
  });

  it("rejects the whole package when any record is invalid, listing every problem", async () => {
    const target = await exportTo("broken");
    // A broken id, an organisation without a name, a phone of no one, a service of an unknown kind.
    await editCsv(target, "phones.csv", (content) => content.replace(/\r\n[0-9a-f-]{36},/, "\r\nnot-a-uuid,"));
    await editCsv(target, "organizations.csv", (content) => content.replace(/\r\n([0-9a-f-]{36}),[^,\r\n]+,/, "\r\n$1,,"));
    await editCsv(target, "phones.csv", (content) => `${content}9a8b7c6d-1111-4222-8333-444455556666,,,,,,+525512345678,,voice,\r\n`);
    await editCsv(target, "attributes.csv", (content) => content.split("\r\n").filter((line, index) => index === 0 || !line.includes(",service_type,")).join("\r\n"));

    const csvProblems = await reviewHsdsImport(target, "es");
    expect(csvProblems.status).toBe("rejected");
    if (csvProblems.status !== "rejected") return;
    expect(csvProblems.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: "phone", field: "id", message: expect.stringContaining("not a UUID") }),
        expect.objectContaining({ table: "organization", field: "name", message: "required value missing" }),
      ]),
    );

    // With the table errors fixed, the records' own problems are all listed too.
    const fixed = await exportTo("broken-records");
    await editCsv(fixed, "phones.csv", (content) => `${content}9a8b7c6d-1111-4222-8333-444455556666,,,,,,+525512345678,,voice,\r\n`);
    await editCsv(fixed, "attributes.csv", (content) => content.split("\r\n").filter((line, index) => index === 0 || !line.includes(",service_type,")).join("\r\n"));
    const recordProblems = await reviewHsdsImport(fixed, "es");
    expect(recordProblems.status).toBe("rejected");
    if (recordProblems.status !== "rejected") return;
    const services = await database.prisma.service.count({ where: { published: true, organization: { published: true } } });
    expect(recordProblems.problems.filter((problem) => problem.table === "service")).toHaveLength(services);
    expect(recordProblems.problems).toContainEqual({ table: "phone", id: "9a8b7c6d-1111-4222-8333-444455556666", message: "belongs to no organization or location" });
  });

  it("refuses a package whose sources or citations break the rules, naming each row, and writes nothing", async () => {
    const target = await exportTo("bad-citations");
    const { provenance } = await getHsdsExport("es");
    const phone = provenance.amparo_citation.findIndex((row) => row.fact === "phone");
    const quoted = provenance.amparo_citation.findIndex((row) => row.fact !== "record" && row.fact !== "phone" && row.fact !== "email");
    const elsewhere = provenance.amparo_citation.findIndex((_row, index) => index !== phone && index !== quoted);
    expect(Math.min(phone, quoted, elsewhere)).toBeGreaterThanOrEqual(0);
    await editPackageTable(target, "amparo_citations.csv", (rows) =>
      rows.map((row, index) => {
        if (index === phone) return { ...row, excerpt: "Llame a nuestra línea de atención." };
        if (index === quoted) return { ...row, excerpt: "" };
        if (index === elsewhere) return { ...row, link_id: "00000000-0000-4000-8000-000000000000" };
        return row;
      }),
    );
    await editPackageTable(target, "amparo_sources.csv", (rows) => rows.map((row, index) => (index === 0 ? { ...row, key: `${row.key}-renamed` } : row)));

    const stored = async () => [await empty.prisma.source.count(), await empty.prisma.citation.count(), await database.prisma.citation.count()];
    const before = await stored();
    for (const prisma of [database.prisma, empty.prisma]) {
      const review = await reviewHsdsImport(target, "es", prisma);
      expect(review.status).toBe("rejected");
      if (review.status !== "rejected") return;
      expect(review.problems).toEqual(
        expect.arrayContaining([
          { table: "amparo_citation", row: phone + 1, field: "excerpt", message: `does not state ${provenance.amparo_citation[phone]!.value}` },
          { table: "amparo_citation", row: quoted + 1, field: "excerpt", message: "quote the words of the source that state the fact" },
          expect.objectContaining({ table: "amparo_citation", row: elsewhere + 1, field: "link_id", message: expect.stringContaining("no ") }),
          expect.objectContaining({ table: "amparo_source", row: 1, field: "id", message: expect.stringContaining(`is not the id of the key "${provenance.amparo_source[0]!.key}-renamed"`) }),
        ]),
      );
      expect(importReportLines(review, { apply: true, overwriteEdited: false }).join("\n")).toContain(`✗ amparo_citation row ${phone + 1} excerpt: does not state`);
    }
    expect(await stored()).toEqual(before);
  });

  it("leaves citations alone when the package has none (a package from elsewhere)", async () => {
    const target = await exportTo("no-provenance");
    await rm(csvFile(target, "amparo_citations.csv"));
    const review = await reviewHsdsImport(target, "es");
    expect(review).toMatchObject({ status: "valid", provenance: undefined, ignored: ["amparo_sources.csv"] });
    if (review.status !== "valid") return;
    expect(importReportLines(review).join("\n")).toContain("citations are left as they are");
  });

  // Issue 12: the import took any postal code or phone text HSDS allows, and wrote offices the admin form could not save.
  it("holds a package to the directory's own rules for offices and phones, as the seed and the forms are", async () => {
    const target = await exportTo("own-rules");
    const address = (await getHsdsExport("es")).tables.address.find((row) => row.postal_code);
    const phone = (await getHsdsExport("es")).tables.phone.find((row) => row.number.startsWith("+52"));
    expect(address && phone).toBeTruthy();
    await editPackageTable(target, "addresses.csv", (rows) => rows.map((row) => (row.id === address!.id ? { ...row, postal_code: "0670" } : row)));
    await editPackageTable(target, "phones.csv", (rows) => rows.map((row) => (row.id === phone!.id ? { ...row, number: "5209-8800" } : row)));
    const review = await reviewHsdsImport(target, "es");
    expect(review.status).toBe("rejected");
    if (review.status !== "rejected") return;
    expect(review.problems).toEqual(
      expect.arrayContaining([
        { table: "location", id: address!.location_id, message: 'postal code "0670" is not five digits' },
        { table: "phone", id: phone!.id, message: expect.stringContaining('"5209-8800" is not a number that can be dialled') },
      ]),
    );
    // COMAR's line, kept as its source prints it, goes out marked so (and the database's own export is accepted, above).
    const comarLine = (await getHsdsExport("es")).tables.phone.find((row) => row.number === "5209-8800");
    expect(comarLine?.description).toContain("Tal como lo publica la fuente");
  });

  it("rejects an address in a city the directory does not know", async () => {
    const target = await exportTo("unknown-city");
    await editCsv(target, "addresses.csv", (content) => content.replace(",Tijuana,", ",Atlantis,"));
    const review = await reviewHsdsImport(target, "es");
    expect(review).toMatchObject({ status: "rejected", problems: [expect.objectContaining({ table: "address", message: expect.stringContaining('"Atlantis"') })] });
  });
});
