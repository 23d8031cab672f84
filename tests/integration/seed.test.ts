import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeedData, type SeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

describe("seeding", () => {
  let database: TestDatabase;
  let data: SeedData;
  beforeAll(async () => {
    database = await createTestDatabase();
    data = await readSeedData();
  });
  afterAll(() => database.close());

  const snapshot = async () => {
    const { prisma } = database;
    return {
      organizations: await prisma.organization.findMany({ orderBy: { id: "asc" } }),
      offices: await prisma.office.findMany({ orderBy: { id: "asc" } }),
      services: await prisma.service.findMany({ orderBy: { id: "asc" } }),
      phones: await prisma.phone.findMany({ orderBy: { id: "asc" } }),
      hours: await prisma.openingHours.findMany({ orderBy: { id: "asc" } }),
      links: await prisma.serviceAtOffice.findMany({ orderBy: [{ serviceId: "asc" }, { officeId: "asc" }] }),
      notes: await prisma.legalNote.findMany({ orderBy: { id: "asc" } }),
      cities: await prisma.city.findMany({ orderBy: { id: "asc" } }),
      sources: await prisma.source.findMany({ orderBy: { id: "asc" } }),
      citations: await prisma.citation.findMany({ orderBy: { id: "asc" } }),
    };
  };

  it("writes every record of the data files", async () => {
    const report = await seedDatabase(database.prisma, data);
    expect(report.organizations).toBe(data.organizations.length);
    expect(report.legalNotes).toBe(data.legalNotes.length);
    const offices = data.organizations.flatMap((org) => org.offices);
    expect(await database.prisma.office.count()).toBe(offices.length);
    expect(await database.prisma.service.count()).toBe(data.organizations.flatMap((org) => org.services).length);
  });

  it("keeps every source of the catalogue and every citation, with the source's words", async () => {
    const sources = await database.prisma.source.findMany({ select: { key: true, publisher: true, title: true } });
    expect(sources.map((source) => source.key).sort()).toEqual(data.sources.map((source) => source.id).sort());
    const cited = data.organizations.flatMap((org) => [
      ...org.sources.map(() => null),
      ...[org, ...org.offices, ...org.services].flatMap((record) => record.citations.map((citation) => citation.excerpt ?? null)),
    ]);
    const citations = await database.prisma.citation.findMany({ select: { excerpt: true } });
    expect(citations.map((citation) => citation.excerpt).sort()).toEqual(cited.sort());
  });

  it("changes and duplicates nothing when run again", async () => {
    const before = await snapshot();
    const report = await seedDatabase(database.prisma, data);
    expect(report).toEqual({ states: 0, cities: 0, sources: 0, organizations: 0, updated: 0, keptEdited: [], legalNotes: 0, translatedNotes: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("stores phones in E.164 and keeps the source text", async () => {
    const phone = await database.prisma.phone.findFirst({
      where: { organization: { slug: "asylum-access-mexico" } },
    });
    expect(phone).toMatchObject({ raw: "+52.55.1518.0730", number: "+525515180730" });
    const unreadable = await database.prisma.phone.findMany({ where: { number: null } });
    for (const row of unreadable) expect(row.raw.length).toBeGreaterThan(0);
  });

  it("keeps weekday opening hours in the office's own time zone", async () => {
    const office = await database.prisma.office.findFirst({
      where: { hours: { some: {} } },
      include: { hours: true },
    });
    expect(office?.timeZone).toMatch(/^America\//);
    expect(office?.hours.every((row) => row.weekday >= 1 && row.weekday <= 7)).toBe(true);
  });

  it("keeps an admin's correction when the seed runs again", async () => {
    await database.prisma.organization.update({
      where: { slug: "cdh-fray-matias" },
      data: { website: "https://example.org/corrected" },
    });
    await seedDatabase(database.prisma, data);
    const org = await database.prisma.organization.findUnique({ where: { slug: "cdh-fray-matias" } });
    expect(org?.website).toBe("https://example.org/corrected");
  });

  it("brings a corrected seed file to a database seeded earlier, when no one has edited the record there", async () => {
    const { prisma } = database;
    const original = data.organizations.find((org) => org.slug === "acnur")!;
    const [kept, dropped] = original.offices;
    const corrected = {
      ...original,
      description: { es: "Descripción corregida.", en: "Corrected description." },
      offices: [{ ...kept!, address: { ...kept!.address, street: "Calle corregida 1" } }],
      services: original.services.map((service) => ({ ...service, offices: service.offices.filter((slug) => slug === kept!.slug) })),
    };
    // A database seeded before seed digests existed: none recorded.
    await prisma.organization.update({ where: { id: original.id }, data: { seedDigest: null } });
    const report = await seedDatabase(prisma, { ...data, organizations: data.organizations.map((org) => (org === original ? corrected : org)) });
    expect(report).toMatchObject({ organizations: 0, updated: 1, keptEdited: [] });
    const org = await prisma.organization.findUniqueOrThrow({ where: { id: original.id }, include: { offices: true } });
    expect(org.description).toEqual(corrected.description);
    expect(org.offices.find((office) => office.id === kept!.id)).toMatchObject({ street: "Calle corregida 1", published: true });
    // Offices the file no longer lists are hidden, never deleted (problem reports point at them).
    expect(org.offices.find((office) => office.id === dropped!.id)).toMatchObject({ published: false });
    expect(org.version).toBe(1);
    // Back to the file as it is: the record follows again.
    await seedDatabase(prisma, data);
    const restored = await prisma.office.findUniqueOrThrow({ where: { id: dropped!.id } });
    expect(restored.published).toBe(dropped!.published);
  });

  it("adds a note's new translations to a database seeded before them, unless the note was edited here", async () => {
    const { prisma } = database;
    const [first, second] = data.legalNotes;
    // As seeded before the files had a third language: only Spanish and English in the database.
    const older = { es: "Texto anterior", en: "Earlier text" };
    await prisma.legalNote.update({ where: { id: first!.id }, data: { title: older, summary: first!.summary, body: first!.body } });
    await prisma.legalNote.update({ where: { id: second!.id }, data: { title: older, version: { increment: 1 } } });
    const withThird = (note: typeof first) => ({ ...note!, title: { ...note!.title, xx: `Titre ${note!.slug}` }, summary: { ...note!.summary, xx: "Résumé" } });
    const files = { ...data, legalNotes: data.legalNotes.map((note) => (note === first || note === second ? withThird(note) : note)) };
    const report = await seedDatabase(prisma, files);
    expect(report).toMatchObject({ legalNotes: 0, translatedNotes: 1 });
    const updated = await prisma.legalNote.findUniqueOrThrow({ where: { id: first!.id } });
    // The missing language is added; the texts already there stay as they are, even where the file differs.
    expect(updated.title).toEqual({ ...older, xx: `Titre ${first!.slug}` });
    expect(updated.summary).toEqual({ ...first!.summary, xx: "Résumé" });
    expect(updated.version).toBe(1);
    const edited = await prisma.legalNote.findUniqueOrThrow({ where: { id: second!.id } });
    expect(edited.title).toEqual(older);
    expect(edited.summary).toEqual(second!.summary);
    expect((await seedDatabase(prisma, files)).translatedNotes).toBe(0);
    await prisma.legalNote.update({ where: { id: first!.id }, data: { title: first!.title, summary: first!.summary } });
    await prisma.legalNote.update({ where: { id: second!.id }, data: { title: second!.title, version: 1 } });
  });

  it("keeps a record edited here when its seed file changes, and names it for review", async () => {
    const { prisma } = database;
    const original = data.organizations.find((org) => org.slug === "cdh-fray-matias")!;
    await prisma.organization.update({
      where: { id: original.id },
      data: { website: "https://example.org/edited", version: { increment: 1 } },
    });
    const corrected = { ...original, description: { es: "Otra descripción.", en: "Another description." } };
    const report = await seedDatabase(prisma, { ...data, organizations: data.organizations.map((org) => (org === original ? corrected : org)) });
    expect(report).toMatchObject({ updated: 0, keptEdited: ["cdh-fray-matias"] });
    const org = await prisma.organization.findUniqueOrThrow({ where: { id: original.id } });
    expect(org.website).toBe("https://example.org/edited");
    expect(org.description).toEqual(original.description);
  });

  it("flags records whose sources lack something important", async () => {
    const flagged = await database.prisma.organization.findMany({ where: { needsVerification: true } });
    expect(flagged.length).toBeGreaterThan(0);
    for (const org of flagged) expect(org.verificationNote).toBeTruthy();
  });

  it("gives cities seeded before they had coordinates their centre, and keeps coordinates already set", async () => {
    const { prisma } = database;
    await prisma.city.update({ where: { slug: "tapachula" }, data: { latitude: null, longitude: null } });
    await prisma.city.update({ where: { slug: "tijuana" }, data: { latitude: 32.53, longitude: -117.02 } });
    await seedDatabase(prisma, data);
    const city = (slug: string) => prisma.city.findUniqueOrThrow({ where: { slug }, select: { latitude: true, longitude: true } });
    expect(await city("tapachula")).toEqual({ latitude: 14.9057, longitude: -92.2633 });
    expect(await city("tijuana")).toEqual({ latitude: 32.53, longitude: -117.02 });
  });
});
