// An organisation or service edited in the admin is a person's edit to the
// HSDS import: an older package does not silently overwrite it.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/auth/users";
import { organizationEditSelect, organizationFormSnapshot } from "@/lib/data/admin/organization-snapshot";
import { updateOrganization } from "@/lib/data/admin/organization-writes";
import { serviceEditSelect, serviceFormSnapshot } from "@/lib/data/admin/service-snapshot";
import { updateService } from "@/lib/data/admin/service-writes";
import { getHsdsExport } from "@/lib/data/hsds";
import { applyHsdsImport } from "@/lib/data/hsds-apply";
import { importReportLines } from "@/lib/hsds/import-report";
import { reviewHsdsImport } from "@/lib/data/hsds-import";
import { writeHsdsExport } from "@/lib/hsds/write-export";
import { organizationFormSchema } from "@/lib/validation/organization-form";
import { serviceFormSchema } from "@/lib/validation/service-form";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

describe("admin edits and the HSDS import", () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, await readSeedData());
    dir = await mkdtemp(path.join(os.tmpdir(), "amparo-admin-import-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await database.close();
  });

  it("reports an organisation description and a service description edited after the package as kept", { timeout: 120_000 }, async () => {
    const source = path.join(dir, "before-edits");
    const { tables, provenance } = await getHsdsExport("es", database.prisma);
    await writeHsdsExport(source, tables, "es", provenance);
    const user = await createAccount(database.prisma, { email: "ines@example.org", name: "Inés", role: "editor", password: "a long enough passphrase" }, { id: null, email: "test" });
    const actor = { id: user.id, email: user.email };

    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "kino-border-initiative" }, select: organizationEditSelect });
    const orgValues = { ...organizationFormSnapshot(organization), version: String(organization.version) };
    await updateOrganization(database.prisma, actor, organization.id, organizationFormSchema.parse({ ...orgValues, description: { es: "Descripción revisada.", en: "Reviewed description." } }));
    const service = await database.prisma.service.findFirstOrThrow({ where: { organizationId: organization.id }, select: serviceEditSelect });
    const serviceValues = { ...serviceFormSnapshot(service), version: String(service.version) };
    await updateService(database.prisma, actor, service.id, serviceFormSchema.parse({ ...serviceValues, description: { es: "Servicio revisado.", en: "Reviewed service." } }));

    const review = await reviewHsdsImport(source, "es", database.prisma);
    expect(review.status).toBe("valid");
    if (review.status !== "valid") return;
    expect(review.kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: "organization", id: organization.id, fields: ["description"], by: "ines@example.org" }),
        expect.objectContaining({ table: "service", id: service.id, fields: ["description"], by: "ines@example.org" }),
      ]),
    );
  });

  // Issue 12: an import replaced a record's citations even when a person had corrected them since.
  it("keeps the citations an editor changed after the package, unless told to overwrite them", { timeout: 180_000 }, async () => {
    const source = path.join(dir, "before-citation-edit");
    const { tables, provenance } = await getHsdsExport("es", database.prisma);
    await writeHsdsExport(source, tables, "es", provenance);
    const user = await createAccount(database.prisma, { email: "rosa@example.org", name: "Rosa", role: "editor", password: "another long passphrase" }, { id: null, email: "test" });
    const actor = { id: user.id, email: user.email };
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "comar" }, select: { id: true } });
    const service = await database.prisma.service.findFirstOrThrow({ where: { organizationId: organization.id, type: "asylum_procedure" }, select: serviceEditSelect });
    const values = serviceFormSnapshot(service);
    const corrected = "The process is free and confidential.";
    const edited = values.citations.map((citation) => (citation.fact === "cost" ? { ...citation, excerpt: corrected } : citation));
    expect(edited).not.toEqual(values.citations);
    await updateService(database.prisma, actor, service.id, serviceFormSchema.parse({ ...values, version: String(service.version), citations: edited }));
    const excerpts = async () => (await database.prisma.citation.findMany({ where: { serviceId: service.id, fact: "cost" }, select: { excerpt: true } })).map((row) => row.excerpt);
    expect(await excerpts()).toEqual([corrected]);

    const review = await reviewHsdsImport(source, "es", database.prisma);
    expect(review.status).toBe("valid");
    if (review.status !== "valid") return;
    expect(review.kept).toContainEqual(expect.objectContaining({ table: "amparo_citation", id: service.id, fields: ["citations"], by: "rosa@example.org" }));
    expect(importReportLines(review).join("\n")).toMatch(new RegExp(`~ service ${service.id}: .*\\n\\s+kept \\(edited by rosa@example\\.org`));

    await applyHsdsImport(review, { lang: "es", source, overwriteEdited: false }, database.prisma);
    expect(await excerpts()).toEqual([corrected]);

    const again = await reviewHsdsImport(source, "es", database.prisma);
    if (again.status !== "valid") throw new Error("the package became invalid");
    await applyHsdsImport(again, { lang: "es", source, overwriteEdited: true }, database.prisma);
    expect(await excerpts()).not.toContain(corrected);
    // Once the import has written them, the editor's change no longer holds the next import back.
    const after = await reviewHsdsImport(source, "es", database.prisma);
    if (after.status !== "valid") throw new Error("the package became invalid");
    expect(after.kept.filter((change) => change.table === "amparo_citation")).toEqual([]);
  });
});
