import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/auth/users";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { changeOfficeStatus, updateOffice } from "@/lib/data/admin/office-writes";
import { getOfficeBySlug } from "@/lib/data/offices";
import { searchDirectory } from "@/lib/data/directory";
import { officeFormSchema } from "@/lib/validation/office-form";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

describe("admin writes", () => {
  let database: TestDatabase;
  let actor: { id: string; email: string };
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, await readSeedData());
    const user = await createAccount(database.prisma, { email: "Editor@Example.org", name: "Eva", role: "editor", password: "a long enough passphrase" }, { id: null, email: "test" });
    actor = { id: user.id, email: user.email };
  });
  afterAll(() => database.close());

  async function formFor(slug: string) {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug }, select: officeEditSelect });
    return { office, values: { ...officeFormSnapshot(office), version: String(office.version) } };
  }

  it("stores account e-mails in lower case with a scrypt hash, never the password", async () => {
    const account = await database.prisma.account.findFirstOrThrow({ where: { user: { email: "editor@example.org" } } });
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    expect(account.password).not.toContain("passphrase");
  });

  it("saves a new version with its audit entry, and search sees the change at once", async () => {
    const { office, values } = await formFor("acnur-mexicali");
    const parsed = officeFormSchema.parse({ ...values, name: { es: "Oficina Mexicali Zorzal", en: "Mexicali Zorzal office" }, phones: [{ raw: "044 686 123 4567", type: "mobile", whatsapp: "on" }] });
    const result = await updateOffice(database.prisma, actor, office.id, parsed);
    expect(result).toMatchObject({ outcome: "saved", version: office.version + 1 });
    const page = await getOfficeBySlug("acnur-mexicali", "en");
    expect(page?.name?.text).toBe("Mexicali Zorzal office");
    expect(page?.phones[0]).toMatchObject({ e164: "+526861234567" });
    const entries = await database.prisma.auditEntry.findMany({ where: { entityId: office.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "update", actorEmail: "editor@example.org", actorId: actor.id });
    expect(entries[0]!.before).toMatchObject({ name: { es: expect.not.stringContaining("Zorzal") } });
    expect(entries[0]!.after).toMatchObject({ name: { es: "Oficina Mexicali Zorzal" } });
    const found = await searchDirectory({ q: "zorzal", page: 1 }, "es");
    expect(found.results.map((r) => r.office?.slug)).toContain("acnur-mexicali");
  });

  it("refuses a save based on an old version and changes nothing", async () => {
    const { office, values } = await formFor("acnur-palenque");
    const first = officeFormSchema.parse({ ...values, colonia: "Primera" });
    const second = officeFormSchema.parse({ ...values, colonia: "Segunda" });
    const results = await Promise.all([updateOffice(database.prisma, actor, office.id, first), updateOffice(database.prisma, actor, office.id, second)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["saved", "stale"]);
    const stale = results.find((r) => r.outcome === "stale");
    const saved = await database.prisma.office.findUniqueOrThrow({ where: { id: office.id } });
    expect(stale).toMatchObject({ current: { colonia: saved.colonia }, version: office.version + 1 });
    expect(await database.prisma.auditEntry.count({ where: { entityId: office.id } })).toBe(1);
  });

  it("records who verified and when; archiving unpublishes and hides the office from search", async () => {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-saltillo" } });
    expect(await changeOfficeStatus(database.prisma, actor, office.id, "verify")).toBe(true);
    const verified = await database.prisma.office.findUniqueOrThrow({ where: { id: office.id } });
    expect(verified.verifiedById).toBe(actor.id);
    expect(Date.now() - verified.verifiedAt!.getTime()).toBeLessThan(60_000);
    await changeOfficeStatus(database.prisma, actor, office.id, "archive");
    expect(await getOfficeBySlug("acnur-saltillo", "es")).toBeNull();
    expect((await searchDirectory({ q: "saltillo", page: 1 }, "es")).results.map((r) => r.office?.slug)).not.toContain("acnur-saltillo");
    const actions = await database.prisma.auditEntry.findMany({ where: { entityId: office.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["verify", "archive"]);
    // Archived and published at once is impossible.
    await expect(database.prisma.office.update({ where: { id: office.id }, data: { published: true } })).rejects.toThrow();
  });
});
