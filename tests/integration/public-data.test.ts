import { describe, expect, it } from "vitest";
import { getLegalNoteBySlug, listLegalNotes, listOfficesOfferingIn, listOrganizationsOffering } from "@/lib/data/legal-notes";
import { getOfficeBySlug } from "@/lib/data/offices";
import { countDirectory, getOrganizationBySlug, listOrganizationsWithOffices } from "@/lib/data/organizations";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

describe("public data functions", () => {
  const database = useSeededTestDatabase();

  it("list the seeded organisations with their offices, sorted by name in each language", async () => {
    const es = await listOrganizationsWithOffices("es");
    const en = await listOrganizationsWithOffices("en");
    const names = (list: typeof es) => list.map((org) => org.name?.text ?? "");
    expect(es.length).toBe(await database.prisma.organization.count());
    expect(names(es)).toEqual([...names(es)].sort((a, b) => a.localeCompare(b, "es", { sensitivity: "base" })));
    const unhcr = en.find((org) => org.slug === "acnur");
    expect(unhcr?.name?.text).toMatch(/UNHCR/);
    expect(es.find((org) => org.slug === "acnur")?.name?.text).toMatch(/ACNUR/);
    expect(unhcr?.offices.map((office) => office.city?.name)).toEqual(expect.arrayContaining(["Tijuana", "Tapachula"]));
    // Its Tenosique field unit closed in 2025: the directory no longer lists it.
    expect(unhcr?.offices.map((office) => office.city?.name)).not.toContain("Tenosique");
  });

  it("give an organisation's page everything, with phones ready to dial", async () => {
    const org = await getOrganizationBySlug("asylum-access-mexico", "es");
    expect(org?.name?.text).toMatch(/Asylum Access/);
    expect(org?.phones[0]).toMatchObject({ e164: "+525515180730", callable: true });
    const cdmx = org?.offices.find((office) => office.city?.slug === "ciudad-de-mexico");
    expect(cdmx?.address).toMatchObject({ confidential: false, street: expect.stringContaining("Insurgentes Sur 1150") });
    expect(org?.services.length).toBeGreaterThan(0);
  });

  it("return nothing for unknown or unpublished organisations", async () => {
    expect(await getOrganizationBySlug("no-such-organisation", "es")).toBeNull();
    await database.prisma.organization.update({ where: { slug: "comar" }, data: { published: false } });
    expect(await getOrganizationBySlug("comar", "es")).toBeNull();
    expect((await listOrganizationsWithOffices("es")).some((org) => org.slug === "comar")).toBe(false);
    await database.prisma.organization.update({ where: { slug: "comar" }, data: { published: true } });
  });

  it("never hand out the street of a confidential address", async () => {
    const office = await database.prisma.office.findUniqueOrThrow({
      where: { slug: "casa-del-migrante-tijuana" },
      select: { id: true, street: true },
    });
    expect(office.street).toBeTruthy();
    await database.prisma.office.update({ where: { id: office.id }, data: { confidentialAddress: true, latitude: 32.5, longitude: -117 } });
    const org = await getOrganizationBySlug("casa-del-migrante", "en");
    const shown = org?.offices.find((candidate) => candidate.id === office.id);
    expect(shown?.address).toEqual({ confidential: true, country: "MX" });
    expect(shown?.city?.name).toBe("Tijuana");
    expect(JSON.stringify(org)).not.toContain(office.street!);
  });

  it("give an office page its own help and its organisation's contacts when it has none", async () => {
    const office = await getOfficeBySlug("asylum-access-mexico-tijuana", "en");
    expect(office?.organization.slug).toBe("asylum-access-mexico");
    expect(office?.phones.map((phone) => phone.e164)).toContain("+525515180730");
    const services = await database.prisma.service.findMany({
      where: { organization: { slug: "asylum-access-mexico" }, published: true },
      select: { type: true, offices: { select: { office: { select: { slug: true } } } } },
    });
    const expected = services.filter(
      (service) => service.offices.length === 0 || service.offices.some((link) => link.office.slug === "asylum-access-mexico-tijuana"),
    );
    expect(office?.services.map((service) => service.type).sort()).toEqual(expected.map((service) => service.type).sort());
    expect(await getOfficeBySlug("../etc/passwd", "en")).toBeNull();
  });

  it("keep a confidential office's street off its own page data", async () => {
    await database.prisma.office.update({ where: { slug: "casa-del-migrante-tijuana" }, data: { confidentialAddress: true } });
    const office = await getOfficeBySlug("casa-del-migrante-tijuana", "es");
    expect(office?.address).toEqual({ confidential: true, country: "MX" });
    // The source's words that give the street are not shown either, on the office's page nor its organisation's.
    const cited = await database.prisma.citation.count({ where: { office: { slug: "casa-del-migrante-tijuana" }, fact: "address", excerpt: { contains: "Galileo" } } });
    expect(cited).toBeGreaterThan(0);
    expect(JSON.stringify(office)).not.toContain("Galileo");
    expect(JSON.stringify(await getOrganizationBySlug("casa-del-migrante", "es"))).not.toContain("Galileo");
  });

  it("fall back to the other language and say so", async () => {
    await database.prisma.organization.update({
      where: { slug: "cmdpdh" },
      data: { description: { es: "Solo en español." } },
    });
    const org = await getOrganizationBySlug("cmdpdh", "en");
    expect(org?.description).toEqual({ text: "Solo en español.", locale: "es", isFallback: true });
  });

  it("count what the home page announces", async () => {
    const counts = await countDirectory();
    expect(counts.organizations).toBe(await database.prisma.organization.count({ where: { published: true } }));
    expect(counts.offices).toBeGreaterThan(30);
    expect(counts.cities).toBeGreaterThan(10);
  });

  it("list legal notes in order and link them to organisations that help", async () => {
    const notes = await listLegalNotes("en");
    expect(notes.map((note) => note.slug)).toContain("comar-application-deadline");
    const note = await getLegalNoteBySlug("comar-application-deadline", "es");
    expect(note?.body?.text).toMatch(/30/);
    expect(note?.sources.length).toBeGreaterThan(0);
    const helpers = await listOrganizationsOffering(note!.relatedServiceTypes, "es");
    expect(helpers.map((helper) => helper.slug)).toContain("asylum-access-mexico");
  });

  it("list the offices in a chosen city that help with a note's topic", async () => {
    const tijuana = await listOfficesOfferingIn(["asylum_procedure"], "tijuana", "es");
    expect(tijuana.map((office) => office.slug)).toEqual(expect.arrayContaining(["asylum-access-mexico-tijuana", "acnur-tijuana"]));
    const shelters = (await listOfficesOfferingIn(["shelter"], "tijuana", "es")).map((office) => office.slug);
    expect(shelters).toEqual(expect.arrayContaining(["casa-del-migrante-tijuana"]));
    // Shelters only: no office that gives only legal help.
    expect(shelters).not.toContain("acnur-tijuana");
    expect(await listOfficesOfferingIn(["asylum_procedure"], "<bad>", "es")).toEqual([]);
  });
});
