import { describe, expect, it } from "vitest";
import { slugFrom, statusData } from "@/lib/data/admin/audited-writes";
import { formDataToObject } from "@/lib/validation/form-data";
import { serviceFormSchema } from "@/lib/validation/service-form";
import { legalNoteFormErrors, legalNoteFormSchema } from "@/lib/validation/legal-note-form";
import { organizationFormErrors, organizationFormSchema } from "@/lib/validation/organization-form";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return formDataToObject(data);
};

describe("admin form fields", () => {
  it("reads a submitted organisation form: blank rows dropped, blank optional text as null, tri-state kept", () => {
    const values = organizationFormSchema.parse(
      form([
        ["version", "3"],
        ["name.es", " Red "],
        ["name.en", "Network"],
        ["description.es", "Ayuda"],
        ["description.en", "Help"],
        ["scope", "national"],
        ["freeOfCharge", "no"],
        ["website", ""],
        ["phones.0.raw", "55 1234 5678"],
        ["phones.0.type", "voice"],
        ["phones.1.raw", "  "],
        ["phones.1.type", "mobile"],
        ["emails.0.address", ""],
      ]),
    );
    expect(values).toMatchObject({ version: 3, name: { es: "Red" }, website: null, fraudReportEmail: null, freeOfCharge: "no", nationalContact: false, emails: [] });
    expect(values.phones).toHaveLength(1);
    expect(values.acronym).toEqual({ es: "", en: "", fr: "", ht: "", pt: "" });
  });

  it("takes French, Kreyòl and Portuguese texts when written, and leaves them out without an error when not", () => {
    const note = (entries: [string, string][]) =>
      legalNoteFormSchema.safeParse(
        form([["version", "1"], ["title.es", "T"], ["title.en", "T"], ["summary.es", "S"], ["summary.en", "S"], ["body.es", "Un párrafo."], ["body.en", "A paragraph."], ["jurisdiction", "MX"], ["position", "1"], ["sources.0.title", "Ley"], ["sources.0.url", "https://example.org/ley"], ...entries]),
      );
    expect(note([]).error).toBeUndefined();
    expect(note([]).data?.body).toEqual({ es: "Un párrafo.", en: "A paragraph.", fr: "", ht: "", pt: "" });
    expect(note([["body.ht", "Yon paragraf."], ["title.pt", "Título"]]).data).toMatchObject({ body: { ht: "Yon paragraf." }, title: { pt: "Título" } });
    // Spanish and English stay required.
    expect(note([["body.fr", "Un paragraphe."]]).success).toBe(true);
    const withoutEnglish = legalNoteFormSchema.safeParse(
      form([["version", "1"], ["title.es", "T"], ["title.fr", "T"], ["summary.es", "S"], ["summary.fr", "S"], ["body.es", "P."], ["body.fr", "P."], ["jurisdiction", "MX"], ["position", "1"], ["sources.0.title", "Ley"], ["sources.0.url", "https://example.org/ley"]]),
    );
    expect(legalNoteFormErrors(withoutEnglish.error!)).toEqual({ "title.en": "required", "summary.en": "required", "body.en": "legalBody" });

    const organization = organizationFormSchema.parse(
      form([["name.es", "Red"], ["name.en", "Network"], ["name.ht", "Rezo"], ["description.es", "Ayuda"], ["description.en", "Help"], ["scope", "national"]]),
    );
    expect(organization.name).toEqual({ es: "Red", en: "Network", fr: "", ht: "Rezo", pt: "" });
  });

  it("names the field of each error: a bad phone row by its index, a too-long acronym as too long", () => {
    const result = organizationFormSchema.safeParse(
      form([["name.es", "R"], ["name.en", "N"], ["description.es", "d"], ["description.en", "d"], ["scope", "local"], ["acronym.es", "x".repeat(41)], ["phones.0.raw", "12345"], ["phones.0.type", "voice"]]),
    );
    expect(organizationFormErrors(result.error!)).toEqual({ "acronym.es": "tooLong", "phones.0.raw": "phone" });
  });

  it("collects a checkbox group into a list and refuses values outside the taxonomy", () => {
    const base: [string, string][] = [["type", "shelter"], ["description.es", "a"], ["description.en", "b"], ["cost", "free"]];
    expect(serviceFormSchema.parse(form([...base, ["populations", "women"], ["populations", "children"]])).populations).toEqual(["women", "children"]);
    expect(serviceFormSchema.parse(form(base)).populations).toEqual([]);
    expect(serviceFormSchema.safeParse(form([...base, ["populations", "everyone"]])).success).toBe(false);
  });

  it("makes URL slugs from names in any script, unique by the id's first characters", () => {
    expect(slugFrom("Asociación Ñandú: ¡Sí!", "0123abcd-0000")).toBe("asociacion-nandu-si-0123abcd");
    expect(slugFrom("日本", "ffffffff-0000")).toBe("ficha-ffffffff");
  });

  it("never leaves an archived record published", () => {
    expect(statusData("archive")).toMatchObject({ published: false, archivedAt: expect.any(Date) });
    expect(statusData("publish")).toEqual({ published: true, archivedAt: null });
    expect(statusData("restore")).toEqual({ archivedAt: null });
  });
});
