// Issue 15: the languages help is given in and whether interpreters are available,
// saved through the admin's write path, filtered on by the directory and the API.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as offices } from "@/app/api/v1/offices/route";
import type { listingPageSchema } from "@/lib/api/schemas";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { updateOffice } from "@/lib/data/admin/office-writes";
import { searchDirectory } from "@/lib/data/directory";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { officeFormSchema } from "@/lib/validation/office-form";
import { useSeededTestDatabaseWithEditor } from "@/tests/setup/test-database";

trustClientAddressHeader();
let address = 0;
const api = (query: string) =>
  offices(new Request(`http://localhost/api/v1/offices?${query}`, { headers: { [clientAddressHeader]: `192.0.2.${++address % 250}` } }), { params: Promise.resolve({}) });

describe("languages at the service", () => {
  const { database, actor } = useSeededTestDatabaseWithEditor();

  async function edit(slug: string, change: { languages: string[]; otherLanguages?: string; interpreters: string }) {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug }, select: officeEditSelect });
    const values = officeFormSchema.parse({ ...officeFormSnapshot(office), version: String(office.version), otherLanguages: "", ...change });
    return updateOffice(database.prisma, actor, office.id, values);
  }

  it("saves the languages and interpreters an editor gives, with the audit entry naming them", async () => {
    expect(await edit("acnur-tapachula", { languages: ["es", "ht"], otherLanguages: "tzo", interpreters: "yes" })).toMatchObject({ outcome: "saved" });
    const saved = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-tapachula" }, select: { id: true, languages: true, interpreters: true } });
    expect(saved).toMatchObject({ languages: ["es", "ht", "tzo"], interpreters: "yes" });
    const entry = await database.prisma.auditEntry.findFirstOrThrow({ where: { entityId: saved.id }, orderBy: { at: "desc" } });
    expect(entry.before).toMatchObject({ languages: [], interpreters: "unknown" });
    expect(entry.after).toMatchObject({ languages: ["es", "ht", "tzo"], interpreters: "yes" });
  });

  it("keeps an office nobody has said anything about at unknown", async () => {
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-tijuana" }, select: { languages: true, interpreters: true } });
    expect(office).toEqual({ languages: [], interpreters: "unknown" });
  });

  // Some seed offices cite the languages they work in (Kreyòl, French…); no seed office has Tzotzil, so the
  // office edited above is the only one a `tzo` filter may find, and the counts are compared with those before an edit.
  it("finds only the offices that give help in the language chosen, and counts them beside it", async () => {
    const counts = async () => Object.fromEntries((await searchDirectory({ page: 1 }, "es")).facets.language);
    const before = await counts();
    await edit("acnur-mexicali", { languages: ["fr"], interpreters: "no" });
    const tzotzil = await searchDirectory({ page: 1, language: "tzo" }, "es");
    expect(tzotzil.results.map((listing) => listing.office?.slug)).toEqual(["acnur-tapachula"]);
    expect(tzotzil.results[0]?.office).toMatchObject({ languages: ["es", "ht", "tzo"], interpreters: "yes" });
    const haitian = await searchDirectory({ page: 1, language: "ht" }, "es");
    expect(haitian.results.map((listing) => listing.office?.slug)).toContain("acnur-tapachula");
    for (const listing of haitian.results) expect(listing.office?.languages, listing.office?.slug).toContain("ht");
    expect(await counts()).toEqual({ ...before, fr: (before.fr ?? 0) + 1 });
    // With words too: the filter holds on top of the search.
    const withWords = await searchDirectory({ page: 1, language: "fr", q: "acnur" }, "es");
    expect(withWords.results.map((listing) => listing.office?.slug)).toEqual(["acnur-mexicali"]);
    expect((await searchDirectory({ page: 1, language: "pt" }, "es")).total).toBe(0);
  });

  it("gives the same filter in the API, and refuses a language that is not a code", async () => {
    const response = await api("language=tzo");
    expect(response.status).toBe(200);
    const body = (await response.json()) as z.infer<typeof listingPageSchema>;
    expect(body.data.map((listing) => [listing.office?.slug, listing.office?.languages, listing.office?.interpreters])).toEqual([
      ["acnur-tapachula", ["es", "ht", "tzo"], "yes"],
    ]);
    for (const wrong of ["Kreyol", "haitian-creole", "h", "x".repeat(40)]) {
      const refused = await api(`language=${encodeURIComponent(wrong)}`);
      expect(refused.status, wrong).toBe(400);
      expect(await refused.text()).toContain("language");
    }
  });
});
