// Decision 025: a save drops the cached pages that show what it changed (the record's organisation, all of its
// offices, the lists), on this instance at once and on every other through PostgreSQL's NOTIFY.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { invalidationChannel, tagsForRecord } from "@/lib/cache/invalidation";
import { listenForWrites } from "@/lib/cache/listener";
import { pageCache } from "@/lib/cache/page-cache";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { updateOffice } from "@/lib/data/admin/office-writes";
import { officeFormSchema } from "@/lib/validation/office-form";
import { useSeededTestDatabaseWithEditor } from "@/tests/setup/test-database";

const page = { status: 200, headers: {}, body: Buffer.from("<html></html>") };
const keep = (path: string) => pageCache().store(`gzip ${path}`, path, pageCache().begin(), page);
const kept = (path: string) => pageCache().lookup(`gzip ${path}`) !== undefined;

describe("dropping the cached pages a save made stale", () => {
  const { database, actor } = useSeededTestDatabaseWithEditor();

  it("names the organisation, every office of it and the lists", async () => {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-mexicali" }, select: { id: true, organizationId: true } });
    const siblings = await database.prisma.office.findMany({ where: { organizationId: office.organizationId }, select: { slug: true } });
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { id: office.organizationId }, select: { slug: true } });
    const tags = await tagsForRecord(database.prisma, "office", office.id);
    expect(tags.sort()).toEqual([`organization:${organization.slug}`, ...siblings.map((sibling) => `office:${sibling.slug}`), "directory"].sort());
    expect(siblings.length).toBeGreaterThan(1);
    const note = await database.prisma.legalNote.findFirstOrThrow({ select: { id: true, slug: true } });
    expect(await tagsForRecord(database.prisma, "legal_note", note.id)).toEqual([`legal:${note.slug}`, "directory"]);
    expect(await tagsForRecord(database.prisma, "office", crypto.randomUUID())).toEqual(["all"]);
  });

  it("drops, when an office is saved, its page, its organisation's and the lists, and keeps other records' pages", async () => {
    pageCache().clear();
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-mexicali" }, select: officeEditSelect });
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { id: office.organizationId }, select: { slug: true } });
    const other = await database.prisma.office.findFirstOrThrow({ where: { organizationId: { not: office.organizationId } }, select: { slug: true } });
    for (const path of ["/es/oficinas/acnur-mexicali", `/en/organizations/${organization.slug}`, "/es/directorio?q=mexicali", `/es/oficinas/${other.slug}`]) keep(path);

    const values = { ...officeFormSnapshot(office), version: String(office.version), name: { es: "Oficina Mexicali Alcatraz", en: "Mexicali Alcatraz office" } };
    expect(await updateOffice(database.prisma, actor, office.id, officeFormSchema.parse(values))).toMatchObject({ outcome: "saved" });

    expect(kept("/es/oficinas/acnur-mexicali")).toBe(false);
    expect(kept(`/en/organizations/${organization.slug}`)).toBe(false);
    expect(kept("/es/directorio?q=mexicali")).toBe(false);
    expect(kept(`/es/oficinas/${other.slug}`)).toBe(true);
  });

  it("hears another instance's write through NOTIFY", async ({ skip }) => {
    if (database.kind !== "postgres") skip("one process holds the embedded database: there is no other instance");
    pageCache().clear();
    const listener = listenForWrites(database.url!);
    try {
      await expect.poll(() => pageCache().enabled, { timeout: 10_000 }).toBe(true);
      keep("/es/oficinas/comar-tapachula");
      keep("/es/oficinas/acnur-mexicali");
      // Another instance: its own connection, its own process memory; only the database is shared.
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      await other.query("SELECT pg_notify($1, $2)", [invalidationChannel, "office:comar-tapachula directory"]);
      await other.end();
      await expect.poll(() => kept("/es/oficinas/comar-tapachula"), { timeout: 10_000 }).toBe(false);
      expect(kept("/es/oficinas/acnur-mexicali")).toBe(true);
    } finally {
      await listener.close();
    }
    // Closed, it hears nothing, so it serves nothing.
    expect(pageCache().enabled).toBe(false);
    pageCache().setEnabled(true);
  });
});
