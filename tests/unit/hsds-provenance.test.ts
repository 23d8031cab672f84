// The HSDS provenance extension's pure parts: a phone named two ways, what a
// confidential office's export leaves out, and the checks an import makes.
import { describe, expect, it } from "vitest";
import { provenanceProblems } from "@/lib/hsds/provenance-import";
import { citationWithheld, type HsdsProvenance, type HsdsSource } from "@/lib/hsds/provenance-tables";
import { emptyTables } from "@/lib/hsds/to-tables";
import { samePhoneNumber } from "@/lib/provenance/fact-checks";
import { sourceIdFor } from "@/lib/provenance/source-id";

describe("samePhoneNumber", () => {
  it("matches a number as a source writes it with its E.164 form, and nothing else", () => {
    expect(samePhoneNumber("+528002242426", "800 22 42 42 6")).toBe(true);
    expect(samePhoneNumber("+525556587384", "(52 55) 5658.7384")).toBe(true);
    // Prefixes Mexico dropped in 2019, which older sources still print.
    expect(samePhoneNumber("+528007152000", "01 80 07 15 20 00")).toBe(true);
    expect(samePhoneNumber("+529671855888", "+52 1 967 185 5888")).toBe(true);
    expect(samePhoneNumber("+529513100375", "044 (951)310 0375")).toBe(true);
    expect(samePhoneNumber("+528002242426", "800 22 42 42 7")).toBe(false);
    // A short tail of a longer number is not the same phone.
    expect(samePhoneNumber("+528002242426", "2426")).toBe(false);
    expect(samePhoneNumber("+528002242426", "")).toBe(false);
  });
});

describe("citationWithheld", () => {
  const withheld = { street: "Calle Galileo 239", streetDetail: null, colonia: "Postal", postalCode: "22350" };
  it("keeps a confidential office's address, and any words that quote it, out of the export", () => {
    expect(citationWithheld({ fact: "address", excerpt: "En Tijuana." }, withheld)).toBe(true);
    expect(citationWithheld({ fact: "hours", excerpt: "Abrimos en calle galileo 239 a las 9." }, withheld)).toBe(true);
    expect(citationWithheld({ fact: "phone", excerpt: "CP 22350, tel. 664 123 4567" }, withheld)).toBe(true);
    expect(citationWithheld({ fact: "hours", excerpt: "Abierto todos los días." }, withheld)).toBe(false);
    expect(citationWithheld({ fact: "address", excerpt: "Calle Galileo 239" }, undefined)).toBe(false);
  });
});

describe("provenanceProblems", () => {
  const organization = "11111111-1111-4111-8111-111111111111";
  const tables = () => {
    const t = emptyTables();
    t.organization.push({ id: organization, name: "Org", description: "D", email: "info@example.org" });
    t.phone.push({ id: "22222222-2222-4222-8222-222222222222", organization_id: organization, number: "+528002242426" });
    return t;
  };
  const source: HsdsSource = { id: sourceIdFor("a-source"), key: "a-source", title: "A page", consulted_on: "2026-11-01" };
  const citation = (fields: Partial<HsdsProvenance["amparo_citation"][number]>): HsdsProvenance["amparo_citation"][number] => ({
    id: "33333333-3333-4333-8333-333333333333",
    source_id: source.id,
    link_id: organization,
    link_entity: "organization",
    fact: "phone",
    value: "800 22 42 42 6",
    excerpt: "Llame al 800 22 42 42 6.",
    superseded: false,
    position: 0,
    ...fields,
  });
  const check = (citations: HsdsProvenance["amparo_citation"], sources = [source]) => provenanceProblems(tables(), { amparo_source: sources, amparo_citation: citations });

  it("accepts citations that name the record's phone and e-mail and quote them", () => {
    expect(check([citation({}), citation({ fact: "email", value: "INFO@example.org", excerpt: "Escriba a info@example.org" }), citation({ fact: "record", value: undefined, excerpt: undefined })])).toEqual([]);
  });

  it("names the row and field of each problem", () => {
    expect(
      check([
        citation({ excerpt: "Llame a la línea de ayuda." }),
        citation({ value: "55 1234 5678", excerpt: "Llame al 55 1234 5678." }),
        citation({ fact: "hours", value: undefined, excerpt: undefined }),
        citation({ fact: "email", value: undefined }),
        citation({ fact: "hours", excerpt: "x".repeat(301) }),
        citation({ link_entity: "location" }),
      ]),
    ).toEqual([
      { table: "amparo_citation", row: 1, field: "excerpt", message: "does not state 800 22 42 42 6" },
      { table: "amparo_citation", row: 2, field: "value", message: `"55 1234 5678" is not one of this organization's phones` },
      { table: "amparo_citation", row: 3, field: "excerpt", message: "quote the words of the source that state the fact" },
      { table: "amparo_citation", row: 4, field: "value", message: "name the phone or e-mail address the citation vouches for" },
      { table: "amparo_citation", row: 5, field: "excerpt", message: "quote at most 300 characters of the source" },
      { table: "amparo_citation", row: 6, field: "link_id", message: `no location with id ${organization} in the package` },
    ]);
  });

  it("refuses a source whose id is not its key's, or that says nothing of what it is", () => {
    const problems = check([], [{ ...source, key: "another-source" }, { id: sourceIdFor("bare"), key: "bare", consulted_on: "2026-11-01" }]);
    expect(problems).toEqual([
      { table: "amparo_source", row: 1, field: "id", message: `is not the id of the key "another-source" (${sourceIdFor("another-source")})` },
      { table: "amparo_source", row: 2, field: "description", message: "a source without a title says what it is, or is a page named by its publisher and address" },
    ]);
  });
});
