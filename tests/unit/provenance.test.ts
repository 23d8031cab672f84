import { describe, expect, it } from "vitest";
import { isPossiblyOutdated, newestDate, readPartialDate } from "@/lib/provenance/cite";
import { shapeProvenance, type CitationRow } from "@/lib/provenance/shape";
import { phoneStatedIn, unsourcedContacts } from "@/lib/provenance/fact-checks";
import { unsourcedFacts } from "@/lib/provenance/unsourced";
import { seedOrganizationSchema } from "@/lib/validation/seed";

const today = new Date("2026-12-02T12:00:00Z");

const source = (key: string, published: string | null, consulted = "2026-12-02") => ({
  key,
  publisher: `Publisher ${key}`,
  title: null,
  description: null,
  url: `https://example.org/${key}`,
  published,
  consultedOn: new Date(`${consulted}T00:00:00Z`),
});

const cite = (fact: CitationRow["fact"], src: CitationRow["source"], extra: Partial<CitationRow> = {}): CitationRow => ({
  fact,
  value: null,
  excerpt: `words of ${src.key} on ${fact}`,
  superseded: false,
  source: src,
  ...extra,
});

describe("possibly outdated", () => {
  it("marks a fact whose newest source is more than two years old, reading a partial date at its latest", () => {
    expect(isPossiblyOutdated("2024-12-01", today)).toBe(true);
    expect(isPossiblyOutdated("2024-12-03", today)).toBe(false);
    // "2024" may mean 31 December 2024: not two years old yet.
    expect(isPossiblyOutdated("2024", today)).toBe(false);
    expect(isPossiblyOutdated("2023", today)).toBe(true);
    expect(isPossiblyOutdated("2024-11", today)).toBe(true);
    expect(isPossiblyOutdated("2024-12", today)).toBe(false);
    expect(isPossiblyOutdated(null, today)).toBe(false);
  });

  it("reads dates as precise as the source gave them", () => {
    expect(readPartialDate("2024")).toMatchObject({ precision: "year" });
    expect(readPartialDate("2024-03")?.date.toISOString()).toBe("2024-03-01T12:00:00.000Z");
    expect(readPartialDate("2024-03-05")).toMatchObject({ precision: "day" });
    expect(readPartialDate("March 2024")).toBeNull();
    expect(newestDate(["2019", null, "2025-09-30", "2025-09"])).toBe("2025-09-30");
  });
});

describe("a record's provenance", () => {
  const old = source("old-news", "2019-01");
  const recent = source("recent-news", "2025-09-30");
  const undated = source("ngo-page", null);

  it("lists each source once, newest first, with the facts it states and its words", () => {
    const shaped = shapeProvenance(
      [cite("address", old, { superseded: true }), cite("address", recent), cite("hours", recent), cite("services", undated)],
      null,
      "en",
      today,
    );
    expect(shaped.sources.map((s) => s.key)).toEqual(["recent-news", "old-news", "ngo-page"]);
    expect(shaped.sources[0]!.facts).toEqual(["address", "hours"]);
    expect(shaped.sources[1]!.quotes).toEqual([{ fact: "address", excerpt: "words of old-news on address", superseded: true }]);
    expect(shaped.sources[0]!.cited).toMatchObject({ title: "Publisher recent-news", ownTitle: false, url: "https://example.org/recent-news" });
  });

  it("warns of a fact only old sources state, not of one a newer source replaced", () => {
    const shaped = shapeProvenance(
      [cite("address", old, { superseded: true }), cite("address", recent), cite("phone", old), cite("services", undated)],
      null,
      "es",
      today,
    );
    expect(shaped.outdated.map((o) => o.fact)).toEqual(["phone"]);
    expect(shaped.outdated[0]!.newest.date.getUTCFullYear()).toBe(2019);
  });

  it("was last verified by an editor's check, or else by the newest reading of its sources", () => {
    const citations = [cite("address", source("a", "2025", "2026-11-22")), cite("phone", source("b", "2025", "2026-12-02"))];
    expect(shapeProvenance(citations, null, "es", today)).toMatchObject({ verifiedBy: "sources" });
    expect(shapeProvenance(citations, null, "es", today).lastVerified?.toISOString()).toBe("2026-12-02T00:00:00.000Z");
    const checked = new Date("2026-12-01T10:00:00Z");
    expect(shapeProvenance(citations, checked, "es", today)).toMatchObject({ lastVerified: checked, verifiedBy: "editor" });
    expect(shapeProvenance([], null, "es", today)).toEqual({ sources: [], lastVerified: null, verifiedBy: null, outdated: [] });
  });
});

describe("a contact's citation", () => {
  it("must hold the number's digits or the address, however spaced", () => {
    expect(phoneStatedIn("(55) 5209-8800", "Tel. 55 5209 8800, ext. 30")).toBe(true);
    expect(phoneStatedIn("55 5209 8800", "Tel. 55 5209 8801")).toBe(false);
    // A list that gives the area code once states every number in it, but only with that area code.
    expect(phoneStatedIn("(52 55) 5658.7384", "Tel: (52 55) 5211.4153 and 5658.7384")).toBe(true);
    expect(phoneStatedIn("(52 55) 5658.7384", "Tel: (52 33) 5211.4153 and 5658.7384")).toBe(false);
    expect(phoneStatedIn("(52 55) 5658.7384", "Tel: 5658.7384")).toBe(false);
    // The admin form shows a foreign number in international form; its source writes it the national way.
    expect(phoneStatedIn("+12087537041", "Phone: (208) 753.7041")).toBe(true);
    expect(phoneStatedIn("+12087537041", "Phone: (208) 753.7042")).toBe(false);
    const record = {
      phones: [{ raw: "962 123 4567" }, { raw: "800 22 42 42 6" }],
      emails: [{ address: "ayuda@example.org" }],
      citations: [
        { fact: "phone" as const, value: "962 123 4567", excerpt: "Llame al 962-123-4567." },
        { fact: "email" as const, value: "ayuda@example.org", excerpt: "Escriba a otra@example.org" },
      ],
    };
    expect(unsourcedContacts(record)).toEqual(["phone 800 22 42 42 6", "e-mail ayuda@example.org"]);
  });
});

describe("db:validate's list of unsourced facts", () => {
  const org = (citations: unknown[], officeCitations: unknown[] = []) =>
    seedOrganizationSchema.parse({
      id: "00000000-0000-4000-8000-000000000010",
      slug: "refugio",
      name: { es: "Refugio", en: "Refugio" },
      description: { es: "Albergue.", en: "Shelter." },
      scope: "local",
      sources: ["refugee-legal-aid-mexico"],
      phones: [{ raw: "962 123 4567" }],
      citations,
      offices: [
        {
          id: "00000000-0000-4000-8000-000000000011",
          slug: "refugio-tapachula",
          name: { es: "Tapachula", en: "Tapachula" },
          address: { street: "4a Calle Poniente 10", city: "tapachula" },
          timeZone: "America/Mexico_City",
          hoursNote: { es: "Abre de día.", en: "Open by day." },
          citations: officeCitations,
        },
      ],
      services: [
        {
          id: "00000000-0000-4000-8000-000000000012",
          type: "shelter",
          populations: ["women"],
          cost: "free",
          description: { es: "Albergue.", en: "Shelter." },
          offices: ["refugio-tapachula"],
        },
      ],
    });

  it("names each fact a person acts on that no citation backs with words", () => {
    expect(unsourcedFacts(org([]))).toEqual([
      "refugio: phone 962 123 4567",
      "refugio-tapachula: address",
      "refugio-tapachula: hours",
      "refugio service shelter: kind of help",
      "refugio service shelter: cost (free)",
      "refugio service shelter: populations",
    ]);
  });

  it("is satisfied by citations on the record, or for the kind of help on its office", () => {
    const source = "refugee-legal-aid-mexico";
    const cited = org(
      [{ fact: "phone", value: "962 123 4567", source, excerpt: "Teléfono: 962 123 4567" }],
      [
        { fact: "address", source, excerpt: "en la 4a Calle Poniente 10" },
        { fact: "hours", source, excerpt: "abre de día" },
        { fact: "services", source, excerpt: "da albergue a mujeres" },
      ],
    );
    expect(unsourcedFacts(cited)).toEqual(["refugio service shelter: cost (free)", "refugio service shelter: populations"]);
  });

  it("asks for a source stating an office's languages or interpreters, and for none while both are unknown", () => {
    const withLanguages = (officeExtra: Record<string, unknown>, officeCitations: unknown[] = []) => {
      const parsed = org([], officeCitations);
      return unsourcedFacts({ ...parsed, offices: parsed.offices.map((office) => ({ ...office, ...officeExtra })) }).filter((line) => line.endsWith("languages"));
    };
    expect(withLanguages({})).toEqual([]);
    expect(withLanguages({ languages: ["ht"] })).toEqual(["refugio-tapachula: languages"]);
    expect(withLanguages({ interpreters: "no" })).toEqual(["refugio-tapachula: languages"]);
    const source = "refugee-legal-aid-mexico";
    expect(withLanguages({ languages: ["ht"], interpreters: "yes" }, [{ fact: "languages", source, excerpt: "atendemos en kreyòl, con intérpretes" }])).toEqual([]);
  });
});
