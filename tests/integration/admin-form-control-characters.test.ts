// An admin save with a NUL byte in a text or URL field used to reach the
// database and fail there (a 500). Through the forms' own save flow it is now
// the field's error, with everything the person typed given back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFormSave } from "@/lib/actions/form-flow";
import { createAccount } from "@/lib/auth/users";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { snapshotOfValues, updateOffice } from "@/lib/data/admin/office-writes";
import { organizationEditSelect, organizationFormSnapshot, organizationSnapshotOfValues } from "@/lib/data/admin/organization-snapshot";
import { updateOrganization } from "@/lib/data/admin/organization-writes";
import { officeFormErrors, officeFormSchema } from "@/lib/validation/office-form";
import { organizationFormErrors, organizationFormSchema } from "@/lib/validation/organization-form";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { formData } from "@/tests/setup/form-data";

describe("admin saves with a NUL byte", () => {
  let database: TestDatabase;
  let actor: { id: string; email: string };
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, await readSeedData());
    const user = await createAccount(database.prisma, { email: "editor@example.org", name: "Eva", role: "editor", password: "a long enough passphrase" }, { id: null, email: "test" });
    actor = { id: user.id, email: user.email };
  });
  afterAll(() => database.close());

  it("an office: the street gets the field's error, the rest of the input comes back, nothing is saved", async () => {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-mexicali" }, select: officeEditSelect });
    const values = { ...officeFormSnapshot(office), version: office.version, colonia: "Colonia Nueva", street: "Calle 5 \u0000 de Mayo" };
    const state = await runFormSave(formData(values), {
      schema: officeFormSchema,
      errors: officeFormErrors,
      save: (parsed) => updateOffice(database.prisma, actor, office.id, parsed),
      snapshot: snapshotOfValues,
    });
    expect(state.status).toBe("invalid");
    expect(state.errors).toEqual({ street: "controlCharacter" });
    expect(state.input).toMatchObject({ colonia: "Colonia Nueva", street: "Calle 5 \u0000 de Mayo", name: { es: values.name.es } });
    const after = await database.prisma.office.findUniqueOrThrow({ where: { id: office.id }, select: { version: true, colonia: true } });
    expect(after).toEqual({ version: office.version, colonia: office.colonia });
  });

  it("an organisation: a NUL in the web address and in the English description each get their error", async () => {
    const organization = await database.prisma.organization.findFirstOrThrow({ where: { archivedAt: null }, select: organizationEditSelect });
    const snapshot = organizationFormSnapshot(organization);
    const values = { ...snapshot, version: organization.version, website: "https://example.org/\u0000", description: { ...snapshot.description, en: "Legal help\u0000" } };
    const state = await runFormSave(formData(values), {
      schema: organizationFormSchema,
      errors: organizationFormErrors,
      save: (parsed) => updateOrganization(database.prisma, actor, organization.id, parsed),
      snapshot: organizationSnapshotOfValues,
    });
    expect(state).toMatchObject({ status: "invalid", errors: { website: "controlCharacter", "description.en": "controlCharacter" } });
    expect(state.input).toMatchObject({ description: { es: snapshot.description.es } });
    expect(await database.prisma.organization.count({ where: { id: organization.id, version: organization.version } })).toBe(1);
  });
});
