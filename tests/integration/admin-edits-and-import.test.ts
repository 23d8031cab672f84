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
});
