import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as officesCsv } from "@/app/api/v1/offices.csv/route";
import { GET as office } from "@/app/api/v1/offices/[slug]/route";
import { GET as offices } from "@/app/api/v1/offices/route";
import { GET as organization } from "@/app/api/v1/organizations/[slug]/route";
import { GET as organizations } from "@/app/api/v1/organizations/route";
import { GET as referralsCsv } from "@/app/api/v1/referrals.csv/route";
import { GET as services } from "@/app/api/v1/services/route";
import type { z } from "zod";
import type { listingPageSchema, officeResponseSchema, organizationPageSchema, organizationResponseSchema, servicePageSchema } from "@/lib/api/schemas";
import { listAllListings } from "@/lib/data/directory-api";
import { searchDirectory } from "@/lib/data/directory";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

type Route<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
let address = 0;
// Each call from its own address (as the entry point would name it), so the rate limit never interferes here.
trustClientAddressHeader();
function call<P>(route: Route<P>, path: string, params = {} as P) {
  return route(new Request(`http://localhost${path}`, { headers: { [clientAddressHeader]: `192.0.2.${++address % 250}` } }), {
    params: Promise.resolve(params),
  });
}
async function json<T, P = Record<string, never>>(route: Route<P>, path: string, params?: P): Promise<T> {
  const response = await call(route, path, params);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}
type Listings = z.infer<typeof listingPageSchema>;
type Organizations = z.infer<typeof organizationPageSchema>;
type Services = z.infer<typeof servicePageSchema>;
type Organization = z.infer<typeof organizationResponseSchema>;
type Office = z.infer<typeof officeResponseSchema>;
const csvRows = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A byte order mark, so that Excel reads the file as UTF-8.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes)) as string[][];
};

describe("the public API", () => {
  const database = useSeededTestDatabase();

  it("lists offices exactly as the directory page does for the same filters", async () => {
    for (const [query, filters] of [
      ["city=tapachula", { city: "tapachula" }],
      ["service=gbv_support&population=women", { service: "gbv_support", population: "women" }],
      ["q=mexico&page=2", { q: "mexico", page: 2 }],
      ["q=abogado", { q: "abogado" }],
    ] as const) {
      const page = await searchDirectory({ page: 1, ...filters }, "es");
      const body = await json<Listings>(offices, `/api/v1/offices?${query}`);
      expect(body.meta).toEqual({
        lang: "es",
        page: page.page,
        pageSize: 20,
        total: page.total,
        pageCount: page.pageCount,
        understood: page.understood,
        answer: page.answer,
      });
      expect(body.data.map((item) => item.office?.slug ?? item.organization.slug)).toEqual(
        page.results.map((item) => item.office?.slug ?? item.organization.slug),
      );
      expect(body.data.length).toBeGreaterThan(0);
    }
  });

  it("reads q as the directory page does, and says in meta what it understood", async () => {
    const body = await json<Listings>(offices, "/api/v1/offices?q=abogado+en+tapachula&lang=en");
    expect(body.meta.understood).toEqual({
      question: false,
      parts: [
        { kind: "service", serviceTypes: ["legal_representation"], typed: "abogado", corrected: false, without: "en tapachula" },
        { kind: "place", place: { kind: "city", slug: "tapachula", name: "Tapachula" }, typed: "tapachula", corrected: false, without: "abogado" },
      ],
      words: [],
      rankingOnly: [],
      placeSetAside: null,
    });
    expect(body.meta.answer).toBeNull();
    // With a city chosen that differs, the typed place is set aside and the API says so.
    const overridden = await json<Listings>(offices, "/api/v1/offices?q=abogado+en+tapachula&city=tijuana");
    expect(overridden.meta.understood?.placeSetAside).toMatchObject({ typed: "tapachula", place: { kind: "city", slug: "tapachula" } });
    for (const item of body.data.filter((listing) => listing.office?.kind !== "remote" && listing.office)) {
      expect(item.office?.city?.slug).toBe("tapachula");
    }
    // The other lists and the CSV read it the same way: Tapachula is the place, not a word of the text.
    const orgs = await json<Organizations>(organizations, "/api/v1/organizations?q=abogado+en+tapachula");
    expect(orgs.meta.understood?.parts.map((part) => part.kind)).toEqual(["service", "place"]);
    expect(orgs.meta.total).toBe(new Set((await listAllListings({ page: 1, q: "abogado en tapachula" }, "es")).map((item) => item.organization.slug)).size);
    const servicesBody = await json<Services>(services, "/api/v1/services?q=abogado+en+tapachula");
    expect(servicesBody.meta.understood?.parts.map((part) => part.kind)).toEqual(["service", "place"]);
    // A question gets the legal note that answers it.
    const question = await json<Listings>(offices, `/api/v1/offices?lang=en&q=${encodeURIComponent("how many days do I have to apply for asylum?")}`);
    expect(question.meta.answer).toMatchObject({ slug: "comar-application-deadline", title: { locale: "en" } });
    expect((await json<Listings>(offices, "/api/v1/offices")).meta.understood).toBeNull();
  });

  it("pages with links, and gives text in the language asked for", async () => {
    const first = await json<Listings>(offices, "/api/v1/offices?lang=en&q=mexico");
    expect(first.meta.pageCount).toBeGreaterThan(1);
    expect(first.links).toEqual({
      self: "/api/v1/offices?lang=en&q=mexico",
      next: "/api/v1/offices?lang=en&q=mexico&page=2",
      prev: null,
    });
    const acnur = await json<Organization, { slug: string }>(organization, "/api/v1/organizations/acnur?lang=en", { slug: "acnur" });
    const acnurEs = await json<Organization, { slug: string }>(organization, "/api/v1/organizations/acnur", { slug: "acnur" });
    expect(acnur.data.description?.locale).toBe("en");
    expect(acnurEs.data.description?.locale).toBe("es");
    expect(acnur.data.description?.text).not.toBe(acnurEs.data.description?.text);
  });

  it("lists the organisations behind the directory's results, best match first", async () => {
    const listings = await listAllListings({ page: 1, state: "chiapas" }, "es");
    const expected = new Set(listings.map((item) => item.organization.slug));
    // Every page of the answer, together: each organisation once.
    const first = await json<Organizations>(organizations, "/api/v1/organizations?state=chiapas");
    expect(first.meta.total).toBe(expected.size);
    const slugs = first.data.map((org) => org.slug);
    for (let page = 2; page <= first.meta.pageCount; page++) {
      slugs.push(...(await json<Organizations>(organizations, `/api/v1/organizations?state=chiapas&page=${page}`)).data.map((org) => org.slug));
    }
    expect(slugs).toHaveLength(expected.size);
    expect(new Set(slugs)).toEqual(expected);
    const named = await json<Organizations>(organizations, "/api/v1/organizations?q=asylum+access");
    expect(named.data[0]?.slug).toBe("asylum-access-mexico");
  });

  it("lists services of the kind asked for, where the other filters hold", async () => {
    const body = await json<Services>(services, "/api/v1/services?service=shelter&city=tijuana&lang=en");
    expect(body.data.length).toBeGreaterThan(0);
    const inTijuana = new Set((await listAllListings({ page: 1, city: "tijuana" }, "es")).map((item) => item.organization.slug));
    for (const service of body.data) {
      expect(service.type).toBe("shelter");
      expect(inTijuana.has(service.organization.slug)).toBe(true);
    }
    const women = await json<Services>(services, "/api/v1/services?population=women");
    for (const service of women.data) expect(service.populations).toContain("women");
  });

  it("lists services in the alphabetical order of their organisations' names in the language asked for", async () => {
    const initials = async (lang: string) =>
      (await json<Services>(services, `/api/v1/services?city=ciudad-de-mexico&lang=${lang}`)).data.map((service) =>
        (service.organization.name?.text ?? "").normalize("NFD").replace(/[^a-zA-Z0-9]/g, "").toLowerCase().slice(0, 1),
      );
    for (const lang of ["es", "en"]) {
      const letters = await initials(lang);
      expect(letters.length, lang).toBeGreaterThan(5);
      expect(letters, lang).toEqual([...letters].sort());
    }
  });

  it("filters by open now on every list, as the directory does", async () => {
    // Wednesday 11:00 in Mexico City: offices with weekday morning hours are open.
    const now = new Date("2026-11-25T17:00:00Z");
    expect((await searchDirectory({ page: 1, open: "1" }, "es", now)).total).toBeGreaterThan(0);
    for (const [route, path] of [
      [offices, "/api/v1/offices?open=1"],
      [organizations, "/api/v1/organizations?open=1&state=chiapas"],
      [services, "/api/v1/services?open=1&service=shelter"],
      [officesCsv, "/api/v1/offices.csv?open=1&q=albergue"],
    ] as const) {
      expect((await call(route as Route<Record<string, never>>, path)).status).toBe(200);
    }
  });

  it("refuses unknown and invalid parameters with a 400 that names them", async () => {
    for (const [path, parameter] of [
      ["/api/v1/offices?citty=tapachula", "citty"],
      ["/api/v1/offices?city=atlantis", "city"],
      ["/api/v1/organizations?service=lawyers", "service"],
      ["/api/v1/services?page=-1", "page"],
      ["/api/v1/offices.csv?page=2", "page"],
      ["/api/v1/referrals.csv?o=BAD%20SLUG", "o"],
    ] as const) {
      const route = { offices, organizations, services, "offices.csv": officesCsv, "referrals.csv": referralsCsv }[path.split(/[/?]/)[3] as "offices"];
      const response = await call(route, path);
      expect(response.status).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect((await response.json()).error.parameter).toBe(parameter);
    }
    const missing = await call(office, "/api/v1/offices/no-such-office", { slug: "no-such-office" });
    expect(missing.status).toBe(404);
  });

  it("never shows unpublished records or a confidential street, in JSON or CSV", async () => {
    const tijuana = await database.prisma.office.findUniqueOrThrow({ where: { slug: "casa-del-migrante-tijuana" } });
    expect(tijuana.street).toBeTruthy();
    await database.prisma.office.update({ where: { id: tijuana.id }, data: { confidentialAddress: true, latitude: 32.5312345, longitude: -117.0312345 } });
    await database.prisma.organization.update({ where: { slug: "comar" }, data: { published: false } });
    await refreshDirectoryIndex(database.prisma);

    const bodies = [
      JSON.stringify(await json<Office, { slug: string }>(office, "/api/v1/offices/casa-del-migrante-tijuana", { slug: "casa-del-migrante-tijuana" })),
      JSON.stringify(await json<Organization, { slug: string }>(organization, "/api/v1/organizations/casa-del-migrante", { slug: "casa-del-migrante" })),
      JSON.stringify(await json<Listings>(offices, "/api/v1/offices?city=tijuana")),
      await (await call(officesCsv, "/api/v1/offices.csv?city=tijuana")).text(),
      await (await call(referralsCsv, "/api/v1/referrals.csv?o=casa-del-migrante-tijuana")).text(),
    ];
    for (const body of bodies) {
      expect(body).toContain("Tijuana");
      expect(body).not.toContain(tijuana.street!);
      expect(body).not.toContain("32.5312345");
    }
    expect(JSON.parse(bodies[0]!).data.address).toEqual({ confidential: true, country: "MX" });

    expect((await call(organization, "/api/v1/organizations/comar", { slug: "comar" })).status).toBe(404);
    const all = await json<Organizations>(organizations, "/api/v1/organizations?q=comar");
    expect(all.data.map((org) => org.slug)).not.toContain("comar");

    await database.prisma.office.update({ where: { id: tijuana.id }, data: { confidentialAddress: false, latitude: tijuana.latitude, longitude: tijuana.longitude } });
    await database.prisma.organization.update({ where: { slug: "comar" }, data: { published: true } });
    await refreshDirectoryIndex(database.prisma);
  });

  it("gives CSV files with translated headers, one row per office, in the list's order", async () => {
    const response = await call(referralsCsv, "/api/v1/referrals.csv?o=acnur-tijuana&o=cdh-fray-matias-tapachula&o=no-such-office&lang=en");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="amparo-referral-list.csv"');
    const rows = await csvRows(response);
    expect(rows[0]).toEqual(["Organisation", "Office", "Address", "City", "State", "Phones", "E-mails", "Help", "Listing on Amparo"]);
    expect(rows).toHaveLength(3);
    expect(rows[2]![0]).toContain("Fray Matías");
    // Dialled as in Mexico: a cell starting with "+" would open as a formula.
    expect(rows[2]![5]).toMatch(/^962 642 5098/);
    expect(rows[2]![8]).toMatch(/\/en\/offices\/cdh-fray-matias-tapachula$/);

    const search = await csvRows(await call(officesCsv, "/api/v1/offices.csv?state=chiapas"));
    expect(search[0]![0]).toBe("Organización");
    expect(search.length - 1).toBe((await searchDirectory({ page: 1, state: "chiapas" }, "es")).total);
  });
});
