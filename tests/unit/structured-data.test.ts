import { describe, expect, it } from "vitest";
import { shapeAddress, type OfficeDetail } from "@/lib/data/shape";
import { directionsUrl } from "@/lib/directions";
import { officeStructuredData } from "@/lib/structured-data";

const row = {
  street: "Calle Secreta 12",
  streetDetail: "Int. 3",
  colonia: "Centro",
  municipality: null,
  postalCode: "86900",
  country: "MX",
  latitude: 17.47,
  longitude: -91.42,
  confidentialAddress: false,
};

const office = (confidential: boolean): OfficeDetail => ({
  id: "00000000-0000-4000-8000-000000000001",
  slug: "refugio-tenosique",
  name: { text: "Refugio", locale: "es", isFallback: false },
  kind: "physical",
  address: shapeAddress({ ...row, confidentialAddress: confidential }),
  city: { slug: "tenosique", name: "Tenosique", state: { slug: "tabasco", name: "Tabasco", country: "MX" } },
  timeZone: "America/Mexico_City",
  hoursNote: null,
  hours: [{ weekday: 1, opens: "09:00", closes: "17:00", label: null }],
  languages: [],
  interpreters: "unknown",
  needsVerification: false,
  phones: [{ id: "p", e164: "+529343421111", display: "+52 934 342 1111", extension: null, type: "voice", whatsapp: false, callable: true, label: null }],
  emails: [],
  provenance: { sources: [], lastVerified: null, verifiedBy: null, outdated: [] },
});

const build = (confidential: boolean) =>
  officeStructuredData(office(confidential), "https://amparo.example/es/oficinas/refugio-tenosique", {
    name: "Refugio",
    url: "https://amparo.example/es/organizaciones/refugio",
  });

describe("office structured data and directions", () => {
  it("describe a public office fully", () => {
    const data = build(false);
    expect(data.address).toMatchObject({ streetAddress: "Calle Secreta 12, Int. 3", postalCode: "86900", addressLocality: "Tenosique" });
    expect(data.geo).toEqual({ "@type": "GeoCoordinates", latitude: 17.47, longitude: -91.42 });
    expect(data.openingHoursSpecification[0]).toMatchObject({ dayOfWeek: "https://schema.org/Monday", opens: "09:00" });
    expect(directionsUrl(office(false))).toBe("https://www.openstreetmap.org/search?query=17.47%2C-91.42");
  });

  it("never reveal a confidential address: no street, postal code, coordinates or directions", () => {
    const json = JSON.stringify(build(true));
    expect(json).not.toContain("Secreta");
    expect(json).not.toContain("86900");
    expect(json).not.toContain("17.47");
    expect(json).toContain("Tenosique");
    expect(directionsUrl(office(true))).toBeNull();
  });

  it("give remote help no street, coordinates or directions: it is not a place to go", () => {
    const remote: OfficeDetail = { ...office(false), kind: "remote" };
    const json = JSON.stringify(officeStructuredData(remote, "https://amparo.example/es/oficinas/linea", { name: "Línea", url: "https://amparo.example" }));
    expect(json).not.toContain("Secreta");
    expect(json).not.toContain("17.47");
    expect(directionsUrl(remote)).toBeNull();
  });
});
