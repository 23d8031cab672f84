// Adding a language must be adding it to lib/i18n/locales.ts and writing its
// messages: nothing else may list the locales. This test enables a fake
// locale, "xx", next to Spanish and English, with no messages and no content, and checks that everything
// derived from the list takes it in (and that Spanish and English stay
// required). A module that hard-codes "es"/"en" again fails here.
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/locales";

vi.mock("@/lib/i18n/locales", () => {
  const locales = ["es", "en", "xx"] as const;
  const requiredLocales = ["es", "en"] as const;
  return {
    locales,
    defaultLocale: "es",
    requiredLocales,
    isLocale: (value: unknown) => typeof value === "string" && (locales as readonly string[]).includes(value),
    isRequiredLocale: (value: string) => (requiredLocales as readonly string[]).includes(value),
  };
});

// Imported after the mock is in place (vi.mock is hoisted above every import).
const { routing } = await import("@/lib/i18n/routing");
const { getPathname } = await import("@/lib/i18n/paths");
const { localeLinks, pathInLocale } = await import("@/lib/i18n/switch-locale");
const { localeAlternates, sitemapEntries } = await import("@/lib/i18n/alternates");
const { messagesFor } = await import("@/lib/i18n/catalogues");
const { geolocationPages } = await import("@/lib/http/security-headers");
const { pageTranslator } = await import("@/lib/http/html-page");
const { localizedTextSchema, pickLocalized } = await import("@/lib/validation/localized-text");
const { seedOrganizationSchema } = await import("@/lib/validation/seed");
const { readSeedData } = await import("@/prisma/seed/read-seed-files");
const { formDataToObject } = await import("@/lib/validation/form-data");
const { officeFormSchema } = await import("@/lib/validation/office-form");
const { organizationFormSchema } = await import("@/lib/validation/organization-form");
const { serviceFormSchema } = await import("@/lib/validation/service-form");
const { legalNoteFormSchema } = await import("@/lib/validation/legal-note-form");
const { sourceFormSchema } = await import("@/lib/validation/source-form");
const { snapshotOfValues } = await import("@/lib/data/admin/office-writes");
const { localizedForForm } = await import("@/lib/data/admin/localized");
const { langSchema, parseApiQuery } = await import("@/lib/api/query");
const { openApiDocument } = await import("@/lib/api/openapi");
const { parseHsdsQuery } = await import("@/lib/validation/hsds-query");
const { exportLabels } = await import("@/lib/hsds/labels");
const { officesCsv } = await import("@/lib/referrals/offices-csv");
const { reviewLocales } = await import("@/lib/i18n/urgent-texts");
const { translationReviewFormSchema } = await import("@/lib/validation/translation-review");

/** The fake locale, which the types (from the real list) do not know. */
const xx = "xx" as unknown as Locale;

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return formDataToObject(data);
};

const officeBase: [string, string][] = [["timeZone", "America/Mexico_City"], ["postalCode", ""]];

describe("a fourth locale, added only to the list of locales", () => {
  it("is routed: a prefix of its own and every page at the default locale's path", () => {
    expect(routing.locales).toContain("xx");
    expect(routing.pathnames["/offices/[slug]"]).toEqual({ es: "/oficinas/[slug]", en: "/offices/[slug]", xx: "/oficinas/[slug]" });
    expect(getPathname({ href: "/", locale: xx })).toBe("/xx");
    expect(getPathname({ href: { pathname: "/offices/[slug]", params: { slug: "acnur-tijuana" } }, locale: xx })).toBe("/xx/oficinas/acnur-tijuana");
    expect(getPathname({ href: "/legal", locale: xx })).toBe("/xx/informacion-legal");
  });

  it("is offered by the language links, and a page keeps its place when switching to and from it", () => {
    expect(pathInLocale("/en/directory?city=tijuana", "en", xx)).toBe("/xx/directorio?city=tijuana");
    expect(pathInLocale("/xx/organizaciones/acnur", xx, "en")).toBe("/en/organizations/acnur");
    const links = localeLinks("/es/oficinas/a", "es");
    expect(links.map((link) => [link.locale, link.href, link.current])).toEqual([
      ["es", "/es/oficinas/a", true],
      ["en", "/en/offices/a", false],
      ["xx", "/xx/oficinas/a", false],
    ]);
    // Without a catalogue of its own, its link is never labelled in another language's words.
    expect(links.find((link) => link.locale === xx)?.label).toBe("Xx");
    expect(localeLinks("/xx", xx).map((link) => link.label)).toEqual([messagesFor("es").LocaleSwitcher.name, messagesFor("en").LocaleSwitcher.name, "Xx"]);
  });

  it("is listed in hreflang alternates and the sitemap", () => {
    const alternates = localeAlternates({ pathname: "/legal/[slug]", params: { slug: "x" } }, xx);
    expect(alternates.canonical).toMatch(/\/xx\/informacion-legal\/x$/);
    expect(Object.keys(alternates.languages ?? {})).toEqual(["es", "en", "xx", "x-default"]);
    const entries = sitemapEntries(["/directory"]);
    expect(entries.map((entry) => new URL(entry.url).pathname)).toEqual(["/es/directorio", "/en/directory", "/xx/directorio"]);
    expect(Object.keys(entries[0]!.languages)).toEqual(["es", "en", "xx"]);
  });

  it("gets the near-me permission on its directory page", () => {
    expect(geolocationPages).toEqual(["/es/directorio", "/en/directory", "/xx/directorio"]);
  });

  it("speaks the default locale's messages until it has its own", () => {
    expect(messagesFor(xx)).toEqual(messagesFor("es"));
    expect(messagesFor("en").Metadata).not.toEqual(messagesFor("es").Metadata);
    expect(pageTranslator(xx, "Unavailable")("title")).toBe(pageTranslator("es", "Unavailable")("title"));
    expect(exportLabels(xx).serviceType).toEqual(exportLabels("es").serviceType);
  });

  it("is optional in seed files, which keep it when written", async () => {
    expect(localizedTextSchema.safeParse({ es: "Hola", en: "Hello" }).success).toBe(true);
    expect(localizedTextSchema.safeParse({ es: "Hola", en: "Hello", xx: "Xello" }).data).toEqual({ es: "Hola", en: "Hello", xx: "Xello" });
    expect(localizedTextSchema.safeParse({ es: "Hola", xx: "Xello" }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: "Hello", xx: "Xello" }).success).toBe(false);
    const organization = (await readSeedData()).organizations[0]!;
    expect(seedOrganizationSchema.safeParse(organization).success).toBe(true);
    const withXx = seedOrganizationSchema.parse({ ...organization, name: { ...organization.name, xx: "Xname" } });
    expect(withXx.name).toMatchObject({ xx: "Xname" });
  });

  it("is an optional field in every admin form, and the office's audit snapshot carries it", () => {
    const office = officeFormSchema.parse(form([["name.es", "Oficina"], ["name.en", "Office"], ...officeBase]));
    expect(office.name).toEqual({ es: "Oficina", en: "Office", xx: "" });
    expect(officeFormSchema.safeParse(form([["name.es", "Oficina"], ["name.xx", "Xoffice"], ...officeBase])).success).toBe(false);
    const withXx = officeFormSchema.parse(form([["name.es", "Oficina"], ["name.en", "Office"], ["name.xx", "Xoffice"], ...officeBase]));
    const snapshot = snapshotOfValues(withXx);
    expect(snapshot.name).toEqual({ es: "Oficina", en: "Office", xx: "Xoffice" });
    expect(Object.keys(snapshot.hoursNote)).toEqual(["es", "en", "xx"]);
    // The same shape as the snapshot of the stored record, or every save would look like a change.
    expect(localizedForForm({ es: "Oficina", en: "Office" })).toEqual({ es: "Oficina", en: "Office", xx: "" });

    const organization = organizationFormSchema.parse(form([["name.es", "Red"], ["name.en", "Network"], ["description.es", "Ayuda"], ["description.en", "Help"], ["scope", "national"]]));
    expect(organization.name).toMatchObject({ xx: "" });
    const service = serviceFormSchema.parse(form([["type", "shelter"], ["description.es", "a"], ["description.en", "b"], ["cost", "free"]]));
    expect(service.description).toMatchObject({ xx: "" });
    const note = legalNoteFormSchema.safeParse(form([["title.es", "T"], ["title.en", "T"], ["summary.es", "S"], ["summary.en", "S"]]));
    expect(note.error?.issues.filter((issue) => issue.path.includes("xx")) ?? []).toEqual([]);
    const source = { publisher: "ACNUR", url: "https://example.org/a", consultedOn: "2026-01-02" };
    expect(sourceFormSchema.safeParse({ ...source, description: { es: "Informe", en: "Report" } }).success).toBe(true);
    expect(sourceFormSchema.safeParse({ ...source, description: { es: "Informe", xx: "Xreport" } }).error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "description.en",
    ]);
  });

  it("is a value of the API's and the HSDS API's lang, and of the OpenAPI enum", () => {
    expect(langSchema.parse(undefined)).toBe("es");
    expect(parseApiQuery(new URL("http://x/api/v1/offices?lang=xx")).lang).toBe("xx");
    expect(() => parseApiQuery(new URL("http://x/api/v1/offices?lang=fr"))).toThrow(/es, en, xx/);
    const parameters = openApiDocument().paths["/api/v1/offices"].get.parameters as { name: string; schema: { enum?: string[]; default?: string } }[];
    expect(parameters.find((parameter) => parameter.name === "lang")?.schema).toMatchObject({ enum: ["es", "en", "xx"], default: "es" });
    const hsds = parseHsdsQuery(new URLSearchParams("lang=xx"));
    expect("query" in hsds && hsds.query.lang).toBe("xx");
  });

  it("shows content written only in the required locales, marked as a fallback", () => {
    expect(pickLocalized({ es: "Albergue", en: "Shelter" }, xx)).toEqual({ text: "Albergue", locale: "es", isFallback: true });
    expect(pickLocalized({ es: "Albergue", en: "Shelter", xx: "Xshelter" }, xx)).toEqual({ text: "Xshelter", locale: xx, isFallback: false });
  });

  it("has its urgent texts marked until reviewed, and can have them reviewed", () => {
    expect(reviewLocales()).toEqual(["xx"]);
    const review = { textId: "home-deadline", textHash: "0".repeat(64), operation: "review" };
    expect(translationReviewFormSchema.safeParse({ ...review, locale: "xx" }).success).toBe(true);
    expect(translationReviewFormSchema.safeParse({ ...review, locale: "es" }).success).toBe(false);
  });

  it("writes CSV headers from the fallback messages", () => {
    expect(officesCsv([], xx)).toContain(messagesFor("es").Referrals.csv.organization);
  });
});
