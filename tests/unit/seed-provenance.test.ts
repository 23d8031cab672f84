import { describe, expect, it } from "vitest";
import { unsourcedContacts } from "@/lib/provenance/fact-checks";
import { unsourcedFacts } from "@/lib/provenance/unsourced";
import { readSeedData } from "@/prisma/seed/read-seed-files";

// Provenance of the real directory (issue 12): whoever calls a number or writes
// to an address found here can see the source's own words that give it.

const closure = /cerrad|cierre|hist[oó]ric|closed|closure|historic/i;

describe("seed data provenance", () => {
  it("cites, for every phone and e-mail, an excerpt on the same record that states it", async () => {
    const { organizations } = await readSeedData();
    const unsourced = organizations.flatMap((org) => [
      ...unsourcedContacts(org).map((contact) => `${org.slug}: ${contact}`),
      ...org.offices.flatMap((office) => unsourcedContacts(office).map((contact) => `${org.slug}/${office.slug}: ${contact}`)),
    ]);
    expect(unsourced).toEqual([]);
  });

  it("backs every fact a person acts on with a source's words (what `db:validate --strict` enforces)", async () => {
    const { organizations } = await readSeedData();
    expect(organizations.flatMap(unsourcedFacts)).toEqual([]);
  });

  it("quotes short excerpts (at most 300 characters)", async () => {
    const { organizations } = await readSeedData();
    const citations = organizations.flatMap((org) => [
      ...org.citations,
      ...org.offices.flatMap((office) => office.citations),
      ...org.services.flatMap((service) => service.citations),
    ]);
    expect(citations.length).toBeGreaterThan(100);
    const long = citations.filter((citation) => (citation.excerpt ?? "").length > 300).map((citation) => citation.excerpt);
    expect(long).toEqual([]);
  });

  it("publishes no office named like a closure", async () => {
    const { organizations } = await readSeedData();
    const named = organizations
      .flatMap((org) => org.offices)
      .filter((office) => office.published && (closure.test(office.name.es) || closure.test(office.name.en)))
      .map((office) => office.slug);
    expect(named).toEqual([]);
  });

  it("hides the offices that closed in 2025, each with the source that says so", async () => {
    const { organizations } = await readSeedData();
    const offices = new Map(organizations.flatMap((org) => org.offices).map((office) => [office.slug, office]));
    for (const slug of [
      "acnur-palenque",
      "acnur-tenosique",
      "asylum-access-mexico-monterrey",
      "asylum-access-mexico-palenque",
      "asylum-access-mexico-tenosique",
    ]) {
      const office = offices.get(slug);
      expect(office?.published, slug).toBe(false);
      expect(office?.citations.some((citation) => citation.fact === "status" && citation.excerpt), slug).toBe(true);
    }
  });
});
