import { describe, expect, it } from "vitest";
import { hsdsDocuments } from "@/lib/hsds/documents";
import { fromHsds } from "@/lib/hsds/from-hsds";
import type { SourceOffice, SourceOrganization } from "@/lib/hsds/source";
import { timeZoneForOffset } from "@/lib/hsds/time-zones";
import { toHsdsTables } from "@/lib/hsds/to-tables";
import { parseHsdsQuery } from "@/lib/validation/hsds-query";

const now = new Date("2026-01-15T12:00:00Z");

const office = (id: string, overrides: Partial<SourceOffice> = {}): SourceOffice => ({
  id,
  name: { es: "Oficina", en: "Office" },
  kind: "physical",
  street: "Calle Secreta 12",
  streetDetail: "Interior 3",
  colonia: "Centro",
  municipality: "Tijuana",
  postalCode: "22000",
  country: "MX",
  latitude: 32.53,
  longitude: -117.02,
  city: { name: { es: "Tijuana" }, state: { name: { es: "Baja California" }, code: "MX-BCN", country: "MX" } },
  timeZone: "America/Tijuana",
  hoursNote: { es: "Llamar antes" },
  languages: ["es", "ht"],
  interpreters: "unknown",
  confidentialAddress: false,
  phones: [],
  emails: [{ id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e01", address: "oficina@example.org", label: { es: "Citas" } }],
  hours: [{ id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e02", weekday: 1, opens: "09:00", closes: "14:30", label: null }],
  ...overrides,
});

const organization: SourceOrganization = {
  id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e10",
  name: { es: "Refugio Ejemplo", en: "Example Shelter" },
  acronym: null,
  description: { es: "Acoge a mujeres.", en: "Takes in women." },
  website: "https://example.org",
  foundedYear: 2001,
  phones: [
    { id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e20", number: "+528001234567", extension: null, raw: "800 123 4567", type: "toll_free", whatsapp: true, label: { es: "Línea de ayuda" } },
    { id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e21", number: null, extension: "12", raw: "ext. doce", type: "voice", whatsapp: false, label: null },
  ],
  emails: [{ id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e30", address: "info@example.org", label: null }],
  contacts: [{ id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e31", name: "Ana Pérez", title: { es: "Coordinadora" }, email: null }],
  offices: [
    office("3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e40", { confidentialAddress: true, interpreters: "yes" }),
    office("3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e41", { kind: "remote", city: null, street: null, latitude: null, longitude: null }),
  ],
  services: [
    { id: "3f0c3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e50", type: "shelter", populations: ["women", "children"], description: { es: "Albergue temporal." }, eligibility: null, cost: "free", accessMethods: ["call_first"], howToGetHelp: null, officeIds: [] },
  ],
};

describe("HSDS mapping", () => {
  const tables = toHsdsTables([organization], { lang: "es", now });

  it("keeps a confidential office's street, postal code and coordinates out, even if handed them", () => {
    const location = tables.location.find((row) => row.id === organization.offices[0]!.id);
    expect(location).not.toHaveProperty("latitude");
    expect(tables.address).toEqual([
      expect.objectContaining({ location_id: location?.id, address_1: "", postal_code: "", city: "Tijuana", state_province: "Baja California" }),
    ]);
    expect(JSON.stringify(tables)).not.toMatch(/Secreta|22000|Centro|32\.53/);
  });

  it("describes the rest the way HSDS expects", () => {
    expect(tables.location.find((row) => row.location_type === "virtual")).toMatchObject({ url: "https://example.org" });
    expect(tables.schedule).toContainEqual(expect.objectContaining({ byday: "MO", opens_at: "09:00:00-08:00", closes_at: "14:30:00-08:00", freq: "WEEKLY" }));
    expect(tables.schedule).toContainEqual(expect.objectContaining({ description: "Llamar antes" }));
    expect(tables.language.map((row) => row.name)).toContain("criollo haitiano");
    expect(tables.phone[0]).toMatchObject({ number: "+528001234567", type: "voice", description: "Línea de ayuda · Llamada sin costo · También por WhatsApp" });
    expect(tables.phone[1]).toMatchObject({ number: "ext. doce", extension: 12 });
    expect(tables.organization[0]).toMatchObject({ email: "info@example.org", year_incorporated: 2001 });
    expect(tables.cost_option).toEqual([expect.objectContaining({ amount: 0, currency: "MXN", option: "Gratuito" })]);
    expect(tables.attribute.map((row) => row.link_type)).toEqual(["interpreters", "service_type", "audience", "audience"]);
    // A service tied to no office in particular is given at every office, as on the site.
    expect(tables.service_at_location).toHaveLength(2);
    expect(hsdsDocuments(tables).service(organization.services[0]!.id)?.attributes[0]?.taxonomy_term).toMatchObject({ code: "shelter", name: "Albergue" });
  });

  it("gives the languages spoken in `language` records, and interpreters as an attribute only where known", () => {
    const [withInterpreters, unknown] = organization.offices;
    for (const location of [withInterpreters!, unknown!]) {
      expect(tables.language.filter((row) => row.location_id === location.id).map((row) => row.code)).toEqual(["es", "ht"]);
    }
    const interpreterRows = tables.attribute.filter((row) => row.link_entity === "location");
    expect(interpreterRows).toEqual([expect.objectContaining({ link_id: withInterpreters!.id, link_type: "interpreters" })]);
    const term = tables.taxonomy_term.find((row) => row.id === interpreterRows[0]!.taxonomy_term_id);
    expect(term).toMatchObject({ code: "yes", name: "Hay intérpretes" });
    // The nested location document carries it with its term, as a service's attributes do.
    const locations = hsdsDocuments(tables).organization(organization.id)?.locations ?? [];
    expect(locations.map((location) => location.attributes.map((attribute) => attribute.taxonomy_term?.code))).toEqual([["yes"], []]);
    // An unknown stays unknown on the way back, and "no" comes back as no.
    const withNo = toHsdsTables([{ ...organization, offices: [office(unknown!.id, { interpreters: "no" })] }], { lang: "en", now });
    const back = fromHsds(withNo, { lang: "en", timeZoneOf: () => "America/Tijuana" });
    expect(back.organizations[0]?.offices.map((row) => row.interpreters)).toEqual(["no"]);
    expect(fromHsds(tables, { lang: "es", timeZoneOf: () => "America/Tijuana" }).organizations[0]?.offices.map((row) => row.interpreters)).toEqual(["yes", "unknown"]);
  });

  it("reads its own tables back to the same tables", () => {
    const back = fromHsds(tables, { lang: "es", timeZoneOf: () => "America/Tijuana" });
    expect(back.problems).toEqual([]);
    expect(back.organizations[0]?.phones[0]).toMatchObject({ type: "toll_free", whatsapp: true, label: { es: "Línea de ayuda" } });
    expect(toHsdsTables(back.organizations, { lang: "es", now })).toEqual(tables);
  });

  it("picks a time zone from an offset, preferring Mexico City", () => {
    expect(timeZoneForOffset("MX", "-06:00", now)).toBe("America/Mexico_City");
    expect(timeZoneForOffset("MX", "-08:00", now)).toBe("America/Tijuana");
    expect(timeZoneForOffset("US", "-08:00", now)).toBe("America/Los_Angeles");
    expect(timeZoneForOffset("MX", undefined, now)).toBe("America/Mexico_City");
  });
});

describe("HSDS API parameters", () => {
  const parse = (query: string) => parseHsdsQuery(new URLSearchParams(query));
  it("default to Spanish, page 1 of 50", () => {
    expect(parse("")).toEqual({ query: { lang: "es", page: 1, per_page: 50 } });
    expect(parse("lang=en&page=3&per_page=10")).toEqual({ query: { lang: "en", page: 3, per_page: 10 } });
  });
  it("name the parameter that is wrong", () => {
    expect(parse("lang=EN")).toMatchObject({ error: { parameter: "lang" } });
    expect(parse("page=1.5")).toMatchObject({ error: { parameter: "page" } });
    expect(parse("per_page=0")).toMatchObject({ error: { parameter: "per_page" } });
  });
});
