import { describe, expect, it } from "vitest";
import { citeSeedDocument, seedDocumentIds } from "@/lib/seed-documents";

describe("citeSeedDocument", () => {
  it("cites each seed document by what it says of itself, never by its file name", () => {
    expect(seedDocumentIds).toHaveLength(5);
    for (const id of seedDocumentIds) {
      for (const locale of ["es", "en"] as const) {
        const cited = citeSeedDocument(id, locale);
        expect(cited?.title, id).toBeTruthy();
        expect(JSON.stringify(cited)).not.toMatch(/\.txt/);
      }
    }
  });

  it("keeps a document's own title, publisher and date", () => {
    expect(citeSeedDocument("kino-asylum-seekers-mexico", "es")).toEqual({
      title: "Asylum Seekers in Mexico",
      ownTitle: true,
      publisher: "Kino Border Initiative",
      lastUpdated: null,
    });
    // 001 has no title or publisher of its own, only "Last updated March 2024".
    const undated = citeSeedDocument("refugee-legal-aid-mexico", "en");
    expect(undated).toMatchObject({ ownTitle: false, publisher: null });
    expect(undated?.lastUpdated?.toISOString().slice(0, 7)).toBe("2024-03");
  });

  it("cites nothing for a document it does not know", () => {
    expect(citeSeedDocument("no-such-document", "es")).toBeNull();
    expect(citeSeedDocument(undefined, "es")).toBeNull();
  });
});
