// Organisation, service and legal-note writes on a seeded database: version
// conflicts, audit entries in the same transaction, and what the public data
// functions and the directory search see afterwards.
import { describe, expect, it } from "vitest";
import { legalNoteEditSelect, legalNoteFormSnapshot } from "@/lib/data/admin/legal-note-snapshot";
import { changeLegalNoteStatus, createLegalNote, updateLegalNote } from "@/lib/data/admin/legal-note-writes";
import { organizationEditSelect, organizationFormSnapshot } from "@/lib/data/admin/organization-snapshot";
import { changeOrganizationStatus, createOrganization, updateOrganization } from "@/lib/data/admin/organization-writes";
import { serviceEditSelect, serviceFormSnapshot } from "@/lib/data/admin/service-snapshot";
import { changeServiceStatus, createService, updateService } from "@/lib/data/admin/service-writes";
import { searchDirectory } from "@/lib/data/directory";
import { getLegalNoteBySlug, listLegalNotes } from "@/lib/data/legal-notes";
import { getOrganizationBySlug } from "@/lib/data/organizations";
import { legalNoteFormErrors, legalNoteFormSchema } from "@/lib/validation/legal-note-form";
import { organizationFormErrors, organizationFormSchema } from "@/lib/validation/organization-form";
import { serviceFormSchema } from "@/lib/validation/service-form";
import { useSeededTestDatabaseWithEditor } from "@/tests/setup/test-database";

describe("organisation, service and legal-note writes", () => {
  const { database, actor } = useSeededTestDatabaseWithEditor();

  const organizationForm = async (slug: string) => {
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug }, select: organizationEditSelect });
    return { organization, values: { ...organizationFormSnapshot(organization), version: String(organization.version) } };
  };
  const serviceForm = async (id: string) => {
    const service = await database.prisma.service.findUniqueOrThrow({ where: { id }, select: serviceEditSelect });
    return { service, values: { ...serviceFormSnapshot(service), version: String(service.version) } };
  };
  const auditOf = (entityId: string) => database.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { at: "asc" } });
  const searchSlugs = async (q: string, extra = {}) => (await searchDirectory({ q, page: 1, ...extra }, "es")).results.map((r) => r.organization.slug);

  it("saves an organisation's description in both languages with its audit entry, and search finds the new words at once", async () => {
    const { organization, values } = await organizationForm("imumi");
    const parsed = organizationFormSchema.parse({ ...values, description: { es: "Asesoría sobre el trámite Quetzalcoatl.", en: "Advice on the Quetzalcoatl procedure." } });
    expect(await updateOrganization(database.prisma, actor, organization.id, parsed)).toMatchObject({ outcome: "saved", version: organization.version + 1 });
    expect((await getOrganizationBySlug("imumi", "en"))?.description?.text).toBe("Advice on the Quetzalcoatl procedure.");
    const [entry, ...rest] = await auditOf(organization.id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: "update", entityType: "organization", actorId: actor.id });
    expect(entry!.before).toMatchObject({ description: { es: values.description.es } });
    expect(entry!.after).toMatchObject({ description: { es: "Asesoría sobre el trámite Quetzalcoatl." } });
    expect(await searchSlugs("quetzalcoatl")).toContain("imumi");
    // Saving the form keeps what it did not change: phone labels and a foreign number.
    const phones = await database.prisma.phone.findMany({ where: { organizationId: organization.id }, orderBy: { position: "asc" } });
    expect(phones[2]?.label).toEqual({ es: "Clínica jurídica", en: "Legal clinic" });
    expect(phones[4]?.number).toBe("+12087537041");
  });

  it("stores a French, Kreyòl or Portuguese text when written, and no empty one when the field is left blank", async () => {
    const { organization, values } = await organizationForm("imumi");
    const parsed = organizationFormSchema.parse({ ...values, description: { es: "Asesoría legal.", en: "Legal advice.", ht: "Konsèy legal.", fr: "", pt: "" } });
    expect(await updateOrganization(database.prisma, actor, organization.id, parsed)).toMatchObject({ outcome: "saved" });
    const stored = await database.prisma.organization.findUniqueOrThrow({ where: { id: organization.id }, select: { name: true, description: true } });
    expect(stored.description).toEqual({ es: "Asesoría legal.", en: "Legal advice.", ht: "Konsèy legal." });
    expect(Object.keys(stored.name as object).sort()).toEqual(["en", "es"]);
    expect((await getOrganizationBySlug("imumi", "ht"))?.description).toEqual({ text: "Konsèy legal.", locale: "ht", isFallback: false });
    expect((await getOrganizationBySlug("imumi", "fr"))?.description).toEqual({ text: "Asesoría legal.", locale: "es", isFallback: true });
  });

  it("refuses the second of two saves based on the same organisation version and keeps the first", async () => {
    const { organization, values } = await organizationForm("appleseed-mexico");
    const first = organizationFormSchema.parse({ ...values, website: "https://first.example.org" });
    const second = organizationFormSchema.parse({ ...values, website: "https://second.example.org" });
    expect((await updateOrganization(database.prisma, actor, organization.id, first)).outcome).toBe("saved");
    const stale = await updateOrganization(database.prisma, actor, organization.id, second);
    expect(stale).toMatchObject({ outcome: "stale", version: organization.version + 1, current: { website: "https://first.example.org" } });
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).website).toBe("https://first.example.org");
    expect(await auditOf(organization.id)).toHaveLength(1);
  });

  it("archiving an organisation hides it from its page and from search; restoring and publishing bring it back", async () => {
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "voces-mesoamericanas" } });
    expect(await searchSlugs("voces mesoamericanas")).toContain("voces-mesoamericanas");
    await changeOrganizationStatus(database.prisma, actor, organization.id, "archive");
    expect(await getOrganizationBySlug("voces-mesoamericanas", "es")).toBeNull();
    expect(await searchSlugs("voces mesoamericanas")).not.toContain("voces-mesoamericanas");
    await changeOrganizationStatus(database.prisma, actor, organization.id, "restore");
    // Restoring does not publish by itself: someone checks it first.
    expect(await getOrganizationBySlug("voces-mesoamericanas", "es")).toBeNull();
    await changeOrganizationStatus(database.prisma, actor, organization.id, "publish");
    expect(await getOrganizationBySlug("voces-mesoamericanas", "es")).not.toBeNull();
    expect(await searchSlugs("voces mesoamericanas")).toContain("voces-mesoamericanas");
    expect((await auditOf(organization.id)).map((e) => e.action)).toEqual(["archive", "restore", "publish"]);
  });

  it("marking an organisation verified records who and when, and a later edit leaves the date alone", async () => {
    const { organization, values } = await organizationForm("cmdpdh");
    await changeOrganizationStatus(database.prisma, actor, organization.id, "verify");
    const verified = await database.prisma.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(verified.verifiedById).toBe(actor.id);
    expect(Date.now() - verified.verifiedAt!.getTime()).toBeLessThan(60_000);
    await updateOrganization(database.prisma, actor, organization.id, organizationFormSchema.parse({ ...values, acronym: { es: "CMDPDH", en: "CMDPDH" } }));
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).verifiedAt).toEqual(verified.verifiedAt);
  });

  it("creates an unpublished organisation, then a service given at one of its offices only", async () => {
    // A new record's form sends an empty version.
    const values = organizationFormSchema.parse({ version: "", name: { es: "Red Ñandú de Apoyo", en: "Ñandú Support Network" }, description: { es: "Orientación.", en: "Guidance." }, scope: "local", phones: [{ raw: "55 1234 5678", type: "voice" }] });
    const created = await createOrganization(database.prisma, actor, values);
    expect(created.outcome).toBe("saved");
    const id = created.outcome === "saved" ? created.id : "";
    const row = await database.prisma.organization.findUniqueOrThrow({ where: { id }, include: { phones: true } });
    expect(row).toMatchObject({ published: false, slug: expect.stringMatching(/^red-nandu-de-apoyo-[0-9a-f]{8}$/) });
    expect(row.phones[0]?.number).toBe("+525512345678");
    expect(await getOrganizationBySlug(row.slug, "es")).toBeNull();
    expect((await auditOf(id))[0]).toMatchObject({ action: "create", after: { name: { en: "Ñandú Support Network" } } });
    const foreignOffice = await database.prisma.office.findFirstOrThrow({ where: { organizationId: { not: id } } });
    const service = serviceFormSchema.parse({ type: "shelter", description: { es: "Albergue.", en: "Shelter." }, cost: "free", officeIds: foreignOffice.id });
    expect(await createService(database.prisma, actor, id, service)).toEqual({ outcome: "refused", field: "officeIds" });
  });

  it("a service change reaches the organisation page and the search facets; archiving removes it from both", async () => {
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "cgrs" }, include: { services: true } });
    const { service, values } = await serviceForm(organization.services[0]!.id);
    const parsed = serviceFormSchema.parse({ ...values, type: "missing_persons_search", populations: ["women", "indigenous"], description: { es: "Búsqueda.", en: "Search." } });
    expect((await updateService(database.prisma, actor, service.id, parsed)).outcome).toBe("saved");
    const page = await getOrganizationBySlug("cgrs", "en");
    expect(page?.services.map((s) => s.type)).toContain("missing_persons_search");
    expect(await searchSlugs("cgrs", { service: "missing_persons_search" })).toContain("cgrs");
    await changeServiceStatus(database.prisma, actor, service.id, "archive");
    expect((await getOrganizationBySlug("cgrs", "en"))?.services.map((s) => s.type)).not.toContain("missing_persons_search");
    expect(await searchSlugs("cgrs", { service: "missing_persons_search" })).not.toContain("cgrs");
    expect((await auditOf(service.id)).map((e) => e.action)).toEqual(["update", "archive"]);
  });

  it("of two saves of one service version only one passes, whichever comes first", async () => {
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "hias-mexico" }, include: { services: true } });
    const { service, values } = await serviceForm(organization.services[0]!.id);
    const first = serviceFormSchema.parse({ ...values, cost: "free" });
    const second = serviceFormSchema.parse({ ...values, cost: "low_cost" });
    const results = await Promise.all([updateService(database.prisma, actor, service.id, first), updateService(database.prisma, actor, service.id, second)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["saved", "stale"]);
    const saved = await database.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(results.find((r) => r.outcome === "stale")).toMatchObject({ current: { cost: saved.cost } });
    expect(await auditOf(service.id)).toHaveLength(1);
  });

  it("edits, reviews and archives a legal note; the public list and page follow", async () => {
    const note = await database.prisma.legalNote.findUniqueOrThrow({ where: { slug: "complementary-protection" }, select: legalNoteEditSelect });
    const values = { ...legalNoteFormSnapshot(note), version: String(note.version) };
    const parsed = legalNoteFormSchema.parse({ ...values, title: { ...values.title, en: "Complementary protection, revised" } });
    expect((await updateLegalNote(database.prisma, actor, note.id, parsed)).outcome).toBe("saved");
    expect((await getLegalNoteBySlug("complementary-protection", "en"))?.title?.text).toBe("Complementary protection, revised");
    // The sources are stored as the seed files write them, so the page still reads them.
    expect((await getLegalNoteBySlug("complementary-protection", "en"))?.sources).toEqual(note.sources);
    expect((await updateLegalNote(database.prisma, actor, note.id, parsed)).outcome).toBe("stale");

    await changeLegalNoteStatus(database.prisma, actor, note.id, "review");
    expect(Date.now() - (await getLegalNoteBySlug("complementary-protection", "es"))!.reviewedAt!.getTime()).toBeLessThan(60_000);
    await changeLegalNoteStatus(database.prisma, actor, note.id, "archive");
    expect(await getLegalNoteBySlug("complementary-protection", "es")).toBeNull();
    expect((await listLegalNotes("es")).map((n) => n.slug)).not.toContain("complementary-protection");
    expect((await auditOf(note.id)).map((e) => [e.action, e.actorEmail])).toEqual([["update", actor.email], ["verify", actor.email], ["archive", actor.email]]);
    await expect(database.prisma.legalNote.update({ where: { id: note.id }, data: { published: true } })).rejects.toThrow();
  });

  it("creates a legal note unpublished, with a slug from its English title", async () => {
    const values = legalNoteFormSchema.parse({
      title: { es: "Derecho a intérprete", en: "Right to an interpreter" },
      summary: { es: "Resumen.", en: "Summary." },
      body: { es: "Párrafo.\n\n- punto", en: "Paragraph.\n\n- item" },
      jurisdiction: "MX",
      position: "11",
      sources: [{ title: "Ley", url: "https://example.org/ley", date: "2024-01-31" }],
    });
    const created = await createLegalNote(database.prisma, actor, values);
    const row = await database.prisma.legalNote.findUniqueOrThrow({ where: { id: created.outcome === "saved" ? created.id : "" } });
    expect(row).toMatchObject({ published: false, slug: expect.stringMatching(/^right-to-an-interpreter-/), sources: [{ title: "Ley", url: "https://example.org/ley", date: "2024-01-31" }] });
  });

  it("names each wrong field with a translatable message key", () => {
    const organization = organizationFormSchema.safeParse({ name: { es: "X", en: "" }, description: { es: "", en: "d" }, scope: "local", website: "javascript:alert(1)", fraudReportEmail: "nope" });
    expect(organization.success).toBe(false);
    expect(organizationFormErrors(organization.error!)).toEqual({ "name.en": "required", "description.es": "required", website: "url", fraudReportEmail: "email" });
    const note = legalNoteFormSchema.safeParse({ title: { es: "t", en: "t" }, summary: { es: "s", en: "s" }, body: { es: "texto", en: "  \n\n " }, jurisdiction: "MX", position: "1", sources: [{ title: "Sin enlace" }] });
    expect(note.success).toBe(false);
    expect(legalNoteFormErrors(note.error!)).toEqual({ "body.en": "legalBody", "sources.0.url": "url" });
    const noSources = legalNoteFormSchema.safeParse({ title: { es: "t", en: "t" }, summary: { es: "s", en: "s" }, body: { es: "b", en: "b" }, jurisdiction: "MX", position: "1" });
    expect(legalNoteFormErrors(noSources.error!)).toEqual({ sources: "atLeastOne" });
  });
});
