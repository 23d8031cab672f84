// Sources edited in the admin area and the citations of the record forms, on
// a seeded database: keys, versions, the fact checks of a phone or e-mail
// citation, one transaction and one audit entry with the record, and a cited
// source that cannot be deleted.
import { describe, expect, it } from "vitest";
import { runFormSave } from "@/lib/actions/form-flow";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { snapshotOfValues, updateOffice } from "@/lib/data/admin/office-writes";
import { organizationEditSelect, organizationFormSnapshot } from "@/lib/data/admin/organization-snapshot";
import { updateOrganization } from "@/lib/data/admin/organization-writes";
import { serviceEditSelect, serviceFormSnapshot } from "@/lib/data/admin/service-snapshot";
import { createSource, deleteSource, updateSource } from "@/lib/data/admin/source-writes";
import { getOfficeBySlug } from "@/lib/data/offices";
import { sourceIdFor } from "@/lib/provenance/source-id";
import { officeFormErrors, officeFormSchema } from "@/lib/validation/office-form";
import { organizationFormSchema } from "@/lib/validation/organization-form";
import { serviceFormSchema } from "@/lib/validation/service-form";
import { newSourceFormSchema, sourceFormErrors, sourceFormSchema } from "@/lib/validation/source-form";
import { useSeededTestDatabaseWithEditor } from "@/tests/setup/test-database";
import { formData } from "@/tests/setup/form-data";

// A made-up source for these tests only (example.org): never seed data.
const testSource = { publisher: "Equipo de pruebas", title: "Directorio de prueba", url: "https://example.org/directorio", published: "2026-11", consultedOn: "2026-12-01" };

describe("sources and citations in the admin forms", () => {
  const { database, actor } = useSeededTestDatabaseWithEditor();

  const auditOf = (entityId: string) => database.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { at: "asc" } });
  const officeForm = async (slug: string) => {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug }, select: officeEditSelect });
    return { office, values: { ...officeFormSnapshot(office), version: office.version } };
  };
  /** Through the form's own flow, for refusals (a successful one revalidates pages, which needs Next's request). */
  const submitOfficeForm = (officeId: string, values: unknown) =>
    runFormSave(formData(values), {
      schema: officeFormSchema,
      errors: officeFormErrors,
      save: (parsed) => updateOffice(database.prisma, actor, officeId, parsed),
      snapshot: snapshotOfValues,
    });
  const saveOfficeForm = async (officeId: string, values: unknown) => (await updateOffice(database.prisma, actor, officeId, officeFormSchema.parse(values))).outcome;
  const addSource = async (key: string) => {
    const result = await createSource(database.prisma, actor, newSourceFormSchema.parse({ key, ...testSource }));
    expect(result.outcome).toBe("saved");
    return sourceIdFor(key);
  };

  it("every seeded record's citations, as its form loads them, pass the form's rules (nothing an editor did not touch blocks a save)", async () => {
    // Only the citations' issues: a seeded phone the form cannot read (an old 8-digit number) is another matter.
    const citationIssues = (parsed: { error?: { issues: { path: PropertyKey[] }[] } }) => (parsed.error?.issues ?? []).filter((issue) => issue.path[0] === "citations");
    for (const organization of await database.prisma.organization.findMany({ select: organizationEditSelect })) {
      expect(citationIssues(organizationFormSchema.safeParse(organizationFormSnapshot(organization))), organization.slug).toEqual([]);
    }
    for (const office of await database.prisma.office.findMany({ select: officeEditSelect })) {
      expect(citationIssues(officeFormSchema.safeParse(officeFormSnapshot(office))), office.slug).toEqual([]);
    }
    for (const service of await database.prisma.service.findMany({ select: serviceEditSelect })) {
      expect(citationIssues(serviceFormSchema.safeParse(serviceFormSnapshot(service))), service.id).toEqual([]);
    }
  });

  it("creates a source under its key (id derived from it), refuses the key twice, and saves edits over their version", async () => {
    const id = await addSource("prueba-directorio");
    const [created] = await auditOf(id);
    expect(created).toMatchObject({ action: "create", entityType: "source", after: { key: "prueba-directorio", title: "Directorio de prueba", published: "2026-11" } });
    expect(await createSource(database.prisma, actor, newSourceFormSchema.parse({ key: "prueba-directorio", ...testSource }))).toEqual({ outcome: "refused", field: "key", message: "keyTaken" });

    const first = sourceFormSchema.parse({ ...testSource, version: "1", title: "Directorio de prueba, segunda edición" });
    const second = sourceFormSchema.parse({ ...testSource, version: "1", published: "2026" });
    expect(await updateSource(database.prisma, actor, id, first)).toMatchObject({ outcome: "saved", version: 2 });
    expect(await updateSource(database.prisma, actor, id, second)).toMatchObject({ outcome: "stale", version: 2, current: { title: "Directorio de prueba, segunda edición" } });
    expect(await database.prisma.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ published: "2026-11", version: 2 });
  });

  it("names each wrong source field: key format, partial date, a source nobody could recognise, half a description", () => {
    const errors = (input: Record<string, unknown>) => {
      const parsed = newSourceFormSchema.safeParse(input);
      return parsed.success ? {} : sourceFormErrors(parsed.error);
    };
    expect(errors({ key: "Clave Con Espacios", title: "Folleto", published: "2026-13", consultedOn: "2026-12-01" })).toEqual({ key: "slug", published: "partialDate" });
    expect(errors({ key: "sin-nombre", publisher: "Equipo de pruebas", consultedOn: "2026-12-01" })).toEqual({ title: "sourceNamed" });
    expect(errors({ key: "sin-ingles", description: { es: "Un folleto", en: "" }, consultedOn: "" })).toMatchObject({ consultedOn: "date" });
    expect(errors({ key: "sin-ingles", description: { es: "Un folleto", en: "" }, consultedOn: "2026-12-01" })).toEqual({ "description.en": "required" });
    expect(errors({ key: "pagina", publisher: "Equipo de pruebas", url: "https://example.org/pagina", consultedOn: "2026-12-01" })).toEqual({});
  });

  it("saves an office's citations with the office in one audit entry, and its public page lists the source and its words", async () => {
    const sourceId = await addSource("prueba-oficina");
    const { office, values } = await officeForm("appleseed-mexico-ciudad-de-mexico");
    const phone = values.phones[0]!.raw;
    const email = values.emails[0]!.address;
    const citations = [
      { fact: "phone", sourceId, excerpt: `Teléfono: ${phone}`, value: phone },
      { fact: "email", sourceId, excerpt: `Escríbanos a ${email.toUpperCase()}`, value: email, superseded: true },
      { fact: "record", sourceId, excerpt: "" },
    ];
    expect(await saveOfficeForm(office.id, { ...values, citations })).toBe("saved");

    const stored = await database.prisma.citation.findMany({ where: { officeId: office.id }, orderBy: { position: "asc" } });
    expect(stored.map(({ fact, value, excerpt, superseded, position }) => ({ fact, value, excerpt, superseded, position }))).toEqual([
      { fact: "phone", value: phone, excerpt: `Teléfono: ${phone}`, superseded: false, position: 0 },
      { fact: "email", value: email, excerpt: `Escríbanos a ${email.toUpperCase()}`, superseded: true, position: 1 },
      { fact: "record", value: null, excerpt: null, superseded: false, position: 2 },
    ]);
    const [entry, ...rest] = await auditOf(office.id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: "update", entityType: "office", before: { citations: values.citations } });
    expect((entry!.after as { citations: unknown[] }).citations).toEqual([
      { fact: "phone", sourceId, excerpt: `Teléfono: ${phone}`, value: phone, superseded: false },
      { fact: "email", sourceId, excerpt: `Escríbanos a ${email.toUpperCase()}`, value: email, superseded: true },
      { fact: "record", sourceId, excerpt: "", value: "", superseded: false },
    ]);

    const page = await getOfficeBySlug("appleseed-mexico-ciudad-de-mexico", "es");
    const cited = page?.provenance.sources.find((source) => source.key === "prueba-oficina");
    expect(cited?.cited).toMatchObject({ title: "Directorio de prueba", publisher: "Equipo de pruebas" });
    expect(cited?.quotes).toContainEqual({ fact: "phone", excerpt: `Teléfono: ${phone}`, superseded: false });
  });

  it("refuses a citation that does not state its phone, names another number or lacks its words, and gives the input back", async () => {
    const sourceId = await addSource("prueba-rechazo");
    const { office, values } = await officeForm("caminos-oaxaca-oaxaca-de-juarez");
    const phone = values.phones[0]!.raw;
    const refused = async (citation: Record<string, unknown>) => {
      const state = await submitOfficeForm(office.id, { ...values, citations: [{ sourceId, ...citation }] });
      expect(state.status).toBe("invalid");
      expect(state.input).toMatchObject({ citations: [{ sourceId, ...citation }], street: values.street });
      return state.errors;
    };
    expect(await refused({ fact: "phone", value: phone, excerpt: "Llame a la oficina de lunes a viernes." })).toEqual({ "citations.0.excerpt": "citationNotStated" });
    expect(await refused({ fact: "phone", value: "55 1234 5678", excerpt: "Teléfono: 55 1234 5678" })).toEqual({ "citations.0.value": "citationValue" });
    expect(await refused({ fact: "phone", excerpt: `Teléfono: ${phone}` })).toEqual({ "citations.0.value": "required" });
    expect(await refused({ fact: "hours", excerpt: "" })).toEqual({ "citations.0.excerpt": "required" });
    expect(await refused({ fact: "address", excerpt: "x".repeat(301) })).toEqual({ "citations.0.excerpt": "tooLong" });
    expect(await refused({ fact: "address", sourceId: "", excerpt: "Calle de prueba" })).toEqual({ "citations.0.sourceId": "required" });

    const after = await database.prisma.office.findUniqueOrThrow({ where: { id: office.id }, select: { version: true, _count: { select: { citations: true } } } });
    expect(after).toEqual({ version: office.version, _count: { citations: office.citations.length } });
    expect(await auditOf(office.id)).toHaveLength(0);
  });

  it("an organisation's e-mail citation must name one of its own e-mails", async () => {
    const sourceId = await addSource("prueba-organizacion");
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "hias-mexico" }, select: organizationEditSelect });
    const values = { ...organizationFormSnapshot(organization), version: organization.version };
    const email = values.emails[0]!.address;
    const wrong = organizationFormSchema.safeParse({ ...values, citations: [{ fact: "email", sourceId, value: "otra@example.org", excerpt: "otra@example.org" }] });
    expect(wrong.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["citations.0.value", "citationValue"]]);
    const right = organizationFormSchema.parse({ ...values, citations: [...values.citations, { fact: "email", sourceId, value: email, excerpt: `Correo: ${email}` }] });
    expect(await updateOrganization(database.prisma, actor, organization.id, right)).toMatchObject({ outcome: "saved" });
    expect(await database.prisma.citation.count({ where: { organizationId: organization.id, sourceId } })).toBe(1);
  });

  it("refuses to delete a cited source, and deletes it with an audit entry once nothing cites it", async () => {
    const sourceId = await addSource("prueba-borrado");
    const { office, values } = await officeForm("cmdpdh-ciudad-de-mexico");
    expect(await saveOfficeForm(office.id, { ...values, citations: [{ fact: "address", sourceId, excerpt: "Dirección de prueba" }] })).toBe("saved");

    expect(await deleteSource(database.prisma, actor, sourceId)).toEqual({ outcome: "cited", citations: 1 });
    expect(await database.prisma.source.count({ where: { id: sourceId } })).toBe(1);
    expect((await auditOf(sourceId)).map((entry) => entry.action)).toEqual(["create"]);

    const current = await officeForm("cmdpdh-ciudad-de-mexico");
    expect(await saveOfficeForm(office.id, { ...current.values, citations: [] })).toBe("saved");
    expect(await deleteSource(database.prisma, actor, sourceId)).toEqual({ outcome: "deleted" });
    expect(await database.prisma.source.count({ where: { id: sourceId } })).toBe(0);
    expect((await auditOf(sourceId)).at(-1)).toMatchObject({ action: "delete", entityType: "source", before: { key: "prueba-borrado" } });
  });
});
