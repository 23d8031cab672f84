import { describe, expect, it } from "vitest";
import { citeSeedDocument, seedDocumentFiles } from "@/lib/seed-documents";

describe("citeSeedDocument", () => {
  it("cites each seed document by what it says of itself, never by its file name", () => {
    expect(seedDocumentFiles).toHaveLength(5);
    for (const file of seedDocumentFiles) {
      for (const locale of ["es", "en"] as const) {
        const cited = citeSeedDocument(file, locale);
        expect(cited?.title, file).toBeTruthy();
        expect(JSON.stringify(cited)).not.toMatch(/\.txt/);
      }
    }
  });

  it("keeps a document's own title, publisher and date", () => {
    expect(citeSeedDocument("003_3710969b161c760b.txt", "es")).toEqual({
      title: "Asylum Seekers in Mexico",
      ownTitle: true,
      publisher: "Kino Border Initiative",
      lastUpdated: null,
    });
    // 001 has no title or publisher of its own, only "Last updated March 2024".
    const undated = citeSeedDocument("001_501ecb421037627f.txt", "en");
    expect(undated).toMatchObject({ ownTitle: false, publisher: null });
    expect(undated?.lastUpdated?.toISOString().slice(0, 7)).toBe("2024-03");
  });

  it("cites nothing for a file it does not know", () => {
    expect(citeSeedDocument("999_0000000000000000.txt", "es")).toBeNull();
    expect(citeSeedDocument(undefined, "es")).toBeNull();
  });
});
