import { describe, expect, it } from "vitest";
import { legalBodyLinks, parseLegalBody, parseLegalInline } from "@/lib/legal-body";
import { linkForReader } from "@/lib/legal-body-links";

describe("parseLegalBody", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(parseLegalBody("First line\ncontinues.\n\nSecond.")).toEqual([
      { kind: "paragraph", text: "First line continues." },
      { kind: "paragraph", text: "Second." },
    ]);
  });

  it("turns consecutive '- ' lines into a list, also right after a paragraph", () => {
    expect(parseLegalBody("You need:\n- a passport\n- a photo\n\nThen apply.")).toEqual([
      { kind: "paragraph", text: "You need:" },
      { kind: "list", items: ["a passport", "a photo"] },
      { kind: "paragraph", text: "Then apply." },
    ]);
  });

  it("keeps markup as text", () => {
    expect(parseLegalBody("<script>alert(1)</script>")).toEqual([{ kind: "paragraph", text: "<script>alert(1)</script>" }]);
  });

  it("reads [words](/path) as a link to a page of this site", () => {
    expect(parseLegalInline("See [women's groups](/es/directorio?population=women) here.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "women's groups", href: "/es/directorio?population=women" },
      { kind: "text", text: " here." },
    ]);
    expect(legalBodyLinks("Intro.\n\n- one [a](/en/organizations/cgrs)\n- [b](/en/directory?service=shelter)")).toEqual([
      { text: "a", href: "/en/organizations/cgrs" },
      { text: "b", href: "/en/directory?service=shelter" },
    ]);
  });

  it("keeps links to other sites or scripts as text", () => {
    for (const text of ["[x](javascript:alert(1))", "[x](//evil.example)", "[x](https://evil.example)"]) {
      expect(parseLegalInline(text)).toEqual([{ kind: "text", text }]);
    }
  });
});


describe("linkForReader", () => {
  it("takes a link of a Spanish body to the reader's language, keeping its query and place", () => {
    expect(linkForReader("/es/directorio?population=children", "es", "fr")).toBe("/fr/repertoire?population=children");
    expect(linkForReader("/es/organizaciones/acnur#contacto", "es", "ht")).toBe("/ht/oganizasyon/acnur#contacto");
    expect(linkForReader("/es/informacion-legal/non-refoulement", "es", "pt")).toBe("/pt/informacao-juridica/non-refoulement");
  });

  it("leaves a link alone when the body is in the reader's language or the link names no language of the text", () => {
    expect(linkForReader("/es/directorio?service=shelter", "es", "es")).toBe("/es/directorio?service=shelter");
    expect(linkForReader("/api/v1/offices", "es", "fr")).toBe("/api/v1/offices");
    expect(linkForReader("/esperanza", "es", "fr")).toBe("/esperanza");
  });
});
