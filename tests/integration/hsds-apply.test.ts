// Applying an HSDS import: the round trip through a new database, applying
// twice, and fields a person edited after the last import.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/auth/users";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { updateOffice } from "@/lib/data/admin/office-writes";
import { getHsdsExport } from "@/lib/data/hsds";
import { applyHsdsImport } from "@/lib/data/hsds-apply";
import { reviewHsdsImport } from "@/lib/data/hsds-import";
import { importReportLines } from "@/lib/hsds/import-report";
import { writeHsdsExport } from "@/lib/hsds/write-export";
import { locales, type Locale } from "@/lib/i18n/locales";
import { officeFormSchema } from "@/lib/validation/office-form";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import type { PrismaClient } from "@/prisma/generated/client";
import { editPackageTable } from "@/tests/setup/hsds-package";
import { createPlacesOnlyDatabase } from "@/tests/setup/places-database";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Map<string, string>();
  for (const entry of names) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file, "utf8"));
  }
  return files;
}

describe("HSDS import --apply", () => {
  let seeded: TestDatabase;
  let empty: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    const seed = await readSeedData();
    empty = await createPlacesOnlyDatabase(seed);
    seeded = await createTestDatabase();
    await seedDatabase(seeded.prisma, seed);
    // Few seed offices cite languages, and none says interpreters "no": give two offices both values, so the round trip carries them.
    await seeded.prisma.office.update({ where: { slug: "acnur-tapachula" }, data: { languages: ["es", "ht", "fr"], interpreters: "yes" } });
    await seeded.prisma.office.update({ where: { slug: "acnur-tijuana" }, data: { languages: ["es"], interpreters: "no" } });
    dir = await mkdtemp(path.join(os.tmpdir(), "amparo-hsds-apply-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await seeded.close();
    await empty.close();
  });

  async function exportFrom(prisma: PrismaClient, name: string, lang: Locale) {
    const target = path.join(dir, name);
    const { tables, provenance } = await getHsdsExport(lang, prisma);
    await writeHsdsExport(target, tables, lang, provenance);
    return target;
  }

  async function apply(prisma: PrismaClient, source: string, lang: Locale, overwriteEdited = false) {
    const review = await reviewHsdsImport(source, lang, prisma);
    if (review.status !== "valid") throw new Error(JSON.stringify(review.problems));
    return { review, result: await applyHsdsImport(review, { lang, source, overwriteEdited }, prisma) };
  }

  it("exports, imports into a database with only the places, and exports the same documents in both languages", { timeout: 180_000 }, async () => {
    // Every language's package, the ones whose texts fall back to Spanish included.
    const original = Object.fromEntries(
      await Promise.all(locales.map(async (lang) => [lang, await exportFrom(seeded.prisma, `original-${lang}`, lang)] as const)),
    ) as Record<Locale, string>;
    const first = await apply(empty.prisma, original.es, "es");
    expect(first.result.rows).toBeGreaterThan(0);
    const organizations = await seeded.prisma.organization.count({ where: { published: true } });
    expect(await empty.prisma.organization.count()).toBe(organizations);
    expect(await empty.prisma.auditEntry.count({ where: { entityType: "organization", action: "create", actorEmail: `import:hsds ${original.es}`, actorId: null } })).toBe(organizations);
    // The English package adds the English texts next to the Spanish ones.
    const english = await apply(empty.prisma, original.en, "en");
    expect(english.result.rows).toBeGreaterThan(0);
    // Where the two languages differ, both are stored (a text the same in both reads as a fallback: one is enough).
    const descriptions = async (prisma: PrismaClient) => {
      const rows = await prisma.organization.findMany({ where: { published: true }, orderBy: { id: "asc" }, select: { description: true } });
      return rows.map((row) => row.description as Record<string, string>);
    };
    const translated = (await descriptions(seeded.prisma)).filter((text) => text.en && text.en !== text.es);
    expect(translated.length).toBeGreaterThan(0);
    expect(await descriptions(empty.prisma)).toEqual(expect.arrayContaining(translated));

    // The same sources and citations, with the same ids, and sources' descriptions in both languages.
    for (const lang of locales) {
      const before = (await getHsdsExport(lang, seeded.prisma)).provenance;
      expect(before.amparo_citation.length).toBeGreaterThan(0);
      expect((await getHsdsExport(lang, empty.prisma)).provenance).toEqual(before);
    }
    const exported = (await getHsdsExport("es", seeded.prisma)).provenance;
    const sources = { where: { id: { in: exported.amparo_source.map((row) => row.id) } }, orderBy: { id: "asc" as const }, omit: { createdAt: true, updatedAt: true } };
    expect(await empty.prisma.source.findMany(sources)).toEqual(await seeded.prisma.source.findMany(sources));
    expect(await empty.prisma.citation.count()).toBe(exported.amparo_citation.length);

    // Languages spoken come back from `language` rows, interpreters from the location's attribute; unknown stays unknown.
    const languagesOf = async (prisma: PrismaClient) =>
      prisma.office.findMany({ where: { OR: [{ interpreters: { not: "unknown" } }, { languages: { isEmpty: false } }] }, orderBy: { id: "asc" }, select: { id: true, languages: true, interpreters: true } });
    expect(await languagesOf(empty.prisma)).toEqual(await languagesOf(seeded.prisma));
    // Ids survive the round trip (slugs are made anew on import): the two offices given values above keep them.
    const edited = await seeded.prisma.office.findMany({ where: { slug: { in: ["acnur-tapachula", "acnur-tijuana"] } }, select: { id: true, slug: true } });
    const interpretersOf = async (prisma: PrismaClient) =>
      Object.fromEntries(
        (await prisma.office.findMany({ where: { id: { in: edited.map((office) => office.id) } }, select: { id: true, interpreters: true } })).map((office) => [
          edited.find((one) => one.id === office.id)?.slug,
          office.interpreters,
        ]),
      );
    expect(await interpretersOf(empty.prisma)).toEqual({ "acnur-tapachula": "yes", "acnur-tijuana": "no" });

    for (const lang of locales) {
      const again = await filesOf(await exportFrom(empty.prisma, `again-${lang}`, lang));
      const before = await filesOf(original[lang]);
      expect(before.size).toBeGreaterThan(20);
      expect([...again.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [file, content] of before) expect(again.get(file), `${lang} ${file}`).toBe(content);
    }
  });

  it("changes nothing when the same packages are applied again", { timeout: 120_000 }, async () => {
    const entries = await empty.prisma.auditEntry.count();
    const versions = await empty.prisma.office.aggregate({ _sum: { version: true } });
    for (const lang of locales) {
      const { review, result } = await apply(empty.prisma, path.join(dir, `original-${lang}`), lang);
      expect(result).toEqual({ rows: 0, auditEntries: 0, kept: [] });
      expect(review.plan.organization.new).toEqual([]);
      expect(review.plan.organization.changed).toEqual([]);
    }
    expect(await empty.prisma.auditEntry.count()).toBe(entries);
    expect(await empty.prisma.office.aggregate({ _sum: { version: true } })).toEqual(versions);
  });

  it("keeps fields a person edited after the last import, says so, and overwrites them only when told", { timeout: 120_000 }, async () => {
    const user = await createAccount(empty.prisma, { email: "editor@example.org", name: "Eva", role: "editor", password: "a long enough passphrase" }, { id: null, email: "test" });
    const office = await empty.prisma.office.findFirstOrThrow({ where: { colonia: { not: null }, phones: { some: {} } }, select: officeEditSelect });
    const snapshot = officeFormSnapshot(office);
    const edited = officeFormSchema.parse({ ...snapshot, version: String(office.version), name: { es: "Nombre corregido", en: "Corrected name" }, colonia: "Colonia corregida" });
    expect(await updateOffice(empty.prisma, { id: user.id, email: user.email }, office.id, edited)).toMatchObject({ outcome: "saved" });

    // The package still has the old name and colonia, and a new postal code, which no one edited.
    const source = await exportFrom(seeded.prisma, "new-postal-code", "es");
    await editPackageTable(source, "addresses.csv", (rows) => rows.map((row) => (row.location_id === office.id ? { ...row, postal_code: "99999" } : row)));

    const review = await reviewHsdsImport(source, "es", empty.prisma);
    expect(review.status).toBe("valid");
    if (review.status !== "valid") return;
    expect(review.plan.location.changed).toEqual([expect.objectContaining({ id: office.id, fields: ["name"] })]);
    expect(review.plan.address.changed).toEqual([expect.objectContaining({ fields: ["address_2", "postal_code"] })]);
    // The admin's save gave the phones new ids: the package's are recognised, not added again.
    expect(review.plan.phone.new).toEqual([]);
    expect(review.kept).toEqual([
      expect.objectContaining({ table: "location", id: office.id, fields: ["name"], by: "editor@example.org" }),
      expect.objectContaining({ table: "address", fields: ["address_2"], by: "editor@example.org" }),
    ]);
    const dryRun = importReportLines(review).join("\n");
    expect(dryRun).toContain(`kept (edited by editor@example.org on ${new Date().toISOString().slice(0, 10)}): name`);
    expect(dryRun).toContain("Add --overwrite-edited");

    const kept = await applyHsdsImport(review, { lang: "es", source, overwriteEdited: false }, empty.prisma);
    expect(kept).toMatchObject({ rows: 1, auditEntries: 1 });
    const afterKeep = await empty.prisma.office.findUniqueOrThrow({ where: { id: office.id } });
    expect(afterKeep).toMatchObject({ postalCode: "99999", colonia: "Colonia corregida", name: { es: "Nombre corregido", en: "Corrected name" }, version: office.version + 2 });
    const entry = await empty.prisma.auditEntry.findFirstOrThrow({ where: { entityId: office.id, actorEmail: `import:hsds ${source}` } });
    expect(entry).toMatchObject({ action: "update", actorId: null, before: { "address.postal_code": snapshot.postalCode }, after: { "address.postal_code": "99999" } });

    // The next import still sees the person's edit (it is newer than any import that changed those fields)…
    const again = await apply(empty.prisma, source, "es");
    expect(again.review.kept).toHaveLength(2);
    expect(again.result.rows).toBe(0);
    // …until an admin asks to overwrite it.
    const overwrite = await apply(empty.prisma, source, "es", true);
    expect(overwrite.result).toMatchObject({ rows: 2, auditEntries: 1 });
    expect(importReportLines(overwrite.review, { overwriteEdited: true, applied: overwrite.result }).join("\n")).toContain("overwritten (edited by editor@example.org");
    const afterOverwrite = await empty.prisma.office.findUniqueOrThrow({ where: { id: office.id } });
    expect(afterOverwrite).toMatchObject({ colonia: snapshot.colonia, name: { es: snapshot.name.es, en: "Corrected name" } });
    expect((await apply(empty.prisma, source, "es")).result.rows).toBe(0);

    // A name saved between the review and the writes is kept too.
    await editPackageTable(source, "locations.csv", (rows) => rows.map((row) => (row.id === office.id ? { ...row, name: "Nombre del paquete" } : row)));
    const reviewed = await reviewHsdsImport(source, "es", empty.prisma);
    if (reviewed.status !== "valid") throw new Error("the package should be valid");
    expect(reviewed.kept).toEqual([]);
    const latest = await empty.prisma.office.findUniqueOrThrow({ where: { id: office.id }, select: officeEditSelect });
    const renamed = officeFormSchema.parse({ ...officeFormSnapshot(latest), version: String(latest.version), name: { es: "Nombre de Eva", en: "Eva's name" } });
    await updateOffice(empty.prisma, { id: user.id, email: user.email }, office.id, renamed);
    const late = await applyHsdsImport(reviewed, { lang: "es", source, overwriteEdited: false }, empty.prisma);
    expect(late.kept).toEqual([expect.objectContaining({ table: "location", fields: ["name"] })]);
    expect(await empty.prisma.office.findUniqueOrThrow({ where: { id: office.id }, select: { name: true } })).toEqual({ name: { es: "Nombre de Eva", en: "Eva's name" } });
  });

  it("gives a record the package's citations and updates a source by its id, in one audited write", { timeout: 120_000 }, async () => {
    const source = await exportFrom(empty.prisma, "new-citations", "es");
    const { provenance } = await getHsdsExport("es", empty.prisma);
    const target = provenance.amparo_citation.find((row) => row.link_entity === "organization" && row.fact !== "record" && row.excerpt)!;
    const sourceRow = provenance.amparo_source.find((row) => row.id === target.source_id)!;
    const organization = await empty.prisma.organization.findUniqueOrThrow({ where: { id: target.link_id }, select: { version: true } });
    const others = await empty.prisma.citation.count({ where: { NOT: { organizationId: target.link_id } } });
    // A corrected excerpt, one citation fewer for the record, and a source's new title.
    const dropped = provenance.amparo_citation.find((row) => row.link_id === target.link_id && row.id !== target.id);
    await editPackageTable(source, "amparo_citations.csv", (rows) =>
      rows.filter((row) => row.id !== dropped?.id).map((row) => (row.id === target.id ? { ...row, excerpt: `${row.excerpt} (corrected)` } : row)),
    );
    await editPackageTable(source, "amparo_sources.csv", (rows) => rows.map((row) => (row.id === sourceRow.id ? { ...row, title: "A corrected title" } : row)));

    const { review, result } = await apply(empty.prisma, source, "es");
    expect(review.provenance?.sources).toEqual([expect.objectContaining({ id: sourceRow.id, isNew: false, fields: ["title"] })]);
    expect(review.provenance?.replacements.map((change) => change.id)).toEqual([target.link_id]);
    expect(importReportLines(review).join("\n")).toContain(`~ ${sourceRow.id} ${sourceRow.key}: title`);
    expect(result).toMatchObject({ rows: 2, auditEntries: 2 });

    const stored = await empty.prisma.citation.findMany({ where: { organizationId: target.link_id }, orderBy: { position: "asc" }, select: { id: true, excerpt: true } });
    const expected = provenance.amparo_citation.filter((row) => row.link_id === target.link_id && row.id !== dropped?.id);
    expect(stored).toEqual(expected.map((row) => ({ id: row.id, excerpt: row.id === target.id ? `${row.excerpt} (corrected)` : row.excerpt ?? null })));
    expect(await empty.prisma.citation.count({ where: { NOT: { organizationId: target.link_id } } })).toBe(others);
    expect(await empty.prisma.source.findUniqueOrThrow({ where: { id: sourceRow.id }, select: { title: true, key: true } })).toEqual({ title: "A corrected title", key: sourceRow.key });
    expect(await empty.prisma.organization.findUniqueOrThrow({ where: { id: target.link_id }, select: { version: true } })).toEqual({ version: organization.version + 1 });
    const entries = await empty.prisma.auditEntry.findMany({ where: { actorEmail: `import:hsds ${source}` }, select: { entityType: true, entityId: true, action: true, before: true, after: true } });
    expect(entries).toEqual(
      expect.arrayContaining([
        { entityType: "source", entityId: sourceRow.id, action: "update", before: { title: sourceRow.title ?? null }, after: { title: "A corrected title" } },
        expect.objectContaining({ entityType: "organization", entityId: target.link_id, action: "update", after: { citations: expect.arrayContaining([expect.objectContaining({ excerpt: `${target.excerpt} (corrected)` })]) } }),
      ]),
    );
    expect((await apply(empty.prisma, source, "es")).result).toEqual({ rows: 0, auditEntries: 0, kept: [] });
  });

  it("writes nothing when a write fails part-way", { timeout: 120_000 }, async () => {
    const places = await createPlacesOnlyDatabase(await readSeedData());
    try {
      const source = path.join(dir, "original-es");
      const review = await reviewHsdsImport(source, "es", places.prisma);
      if (review.status !== "valid") throw new Error("the export should be valid");
      // The last office's city vanishes between the review and the writes: its office cannot be created.
      const lastLocation = [...review.cityIds.keys()].at(-1)!;
      review.cityIds.set(lastLocation, "00000000-0000-4000-8000-000000000000");
      await expect(applyHsdsImport(review, { lang: "es", source, overwriteEdited: false }, places.prisma)).rejects.toThrow();
      expect(await places.prisma.organization.count()).toBe(0);
      expect(await places.prisma.office.count()).toBe(0);
      expect(await places.prisma.auditEntry.count()).toBe(0);
      expect(await places.prisma.citation.count()).toBe(0);
    } finally {
      await places.close();
    }
  });
});
