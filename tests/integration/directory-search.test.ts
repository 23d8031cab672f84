import { describe, expect, it } from "vitest";
import { listNationalContacts, listPlacesWithOffices, searchDirectory } from "@/lib/data/directory";
import { facetCountsQuery } from "@/lib/data/directory-sql";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

const search = (filters: Partial<DirectoryFilters>, locale: "es" | "en" = "es", now?: Date) =>
  searchDirectory({ page: 1, ...filters }, locale, now);
const orgSlugs = async (filters: Partial<DirectoryFilters>, locale: "es" | "en" = "es") =>
  (await search(filters, locale)).results.map((result) => result.organization.slug);

describe("directory search", () => {
  const database = useSeededTestDatabase();

  it("lists every published office, and organisations without one, when nothing is chosen", async () => {
    const all = await search({});
    const offices = await database.prisma.office.count({ where: { published: true } });
    const withoutOffice = await database.prisma.organization.count({ where: { published: true, offices: { none: {} } } });
    expect(all.total).toBe(offices + withoutOffice);
    expect(all.results).toHaveLength(20);
    expect(all.pageCount).toBe(Math.ceil(all.total / 20));
  });

  it("shows the same counts precomputed, when nothing is chosen, as counted live", async () => {
    const precomputed = await search({});
    const live = await database.prisma.$queryRaw<{ dimension: string; value: string; count: bigint }[]>(
      facetCountsQuery({ page: 1 }, null, new Date(), { live: true }),
    );
    for (const dimension of ["state", "city", "service", "population", "language"] as const) {
      const expected = new Map(live.filter((row) => row.dimension === dimension).map((row) => [row.value, Number(row.count)]));
      expect(precomputed.facets[dimension]).toEqual(expected);
    }
    expect(precomputed.facets.city.get("tapachula")).toBe((await search({ city: "tapachula" })).total);
  });

  it("ignores case and accents", async () => {
    expect(await orgSlugs({ q: "fray matias" })).toContain("cdh-fray-matias");
    expect(await orgSlugs({ q: "FRAY MATÍAS" })).toContain("cdh-fray-matias");
    // A city typed is the city chosen: its places, then the remote help of national bodies.
    const tenosique = await search({ q: "tenosique" });
    expect(tenosique.total).toBe((await search({ city: "tenosique" })).total);
    expect(tenosique.results.filter((result) => result.group !== "remote").length).toBeGreaterThanOrEqual(3);
    for (const result of tenosique.results.filter((result) => result.group !== "remote")) {
      expect(result.office?.city?.slug).toBe("tenosique");
    }
  });

  it("tolerates small typos", async () => {
    expect(await orgSlugs({ q: "tenosiqe" })).toContain("albergue-migrantes-tenosique");
    expect(await orgSlugs({ q: "apleseed" })).toContain("appleseed-mexico");
  });

  it("understands everyday words in both languages", async () => {
    const shelters = await search({ q: "albergue" });
    const shelterEn = await search({ q: "shelter" }, "en");
    // The everyday word finds every listing the "shelter" filter finds, in either language
    // (and may find more: a listing whose own words mention a shelter).
    const filtered = await search({ service: "shelter" });
    expect(filtered.total).toBeGreaterThan(20);
    expect(shelters.total).toBeGreaterThanOrEqual(filtered.total);
    expect(shelterEn.total).toBeGreaterThanOrEqual(filtered.total);
    expect(await orgSlugs({ q: "abogado" })).toContain("asylum-access-mexico");
    expect(await orgSlugs({ q: "lawyer" }, "en")).toContain("asylum-access-mexico");
    expect(await orgSlugs({ q: "psicólogo" })).toEqual(expect.arrayContaining(["cmdpdh"]));
  });

  it("puts name matches first", async () => {
    const results = await orgSlugs({ q: "asylum access" });
    expect(results[0]).toBe("asylum-access-mexico");
    const acnur = await orgSlugs({ q: "acnur" });
    expect(new Set(acnur.slice(0, 10))).toEqual(new Set(["acnur"]));
    // Misspelt, so no name holds the words: the closest name comes first, before
    // the IOM, which comes first in alphabetical order.
    // (Médicos Sin Fronteras holds the same two words in its name.)
    const misspelt = await orgSlugs({ q: "sin fronteraz" });
    expect([...new Set(misspelt)].slice(0, 2)).toContain("sin-fronteras");
    expect(misspelt).toContain("oim-mexico");
  });

  it("lists in the reader's alphabetical order, by the name the reader sees", async () => {
    const fold = (name: string) => name.normalize("NFD").replace(/[^a-zA-Z0-9 ]/g, "").toLowerCase();
    for (const locale of ["es", "en"] as const) {
      const names = (await search({ city: "ciudad-de-mexico" }, locale)).results
        .filter((result) => result.group === "MX")
        .map((result) => fold(result.organization.name?.text ?? ""));
      // By first letter, whatever punctuation and spaces the full comparison meets.
      const initials = names.map((name) => name[0] ?? "");
      expect(initials, locale).toEqual([...initials].sort());
    }
    const slugs = async (locale: "es" | "en") => [...new Set(await orgSlugs({ city: "ciudad-de-mexico" }, locale))];
    // "Alto Comisionado… (ACNUR)" before "Médicos Sin Fronteras"; "Doctors Without Borders" before "UN Refugee Agency".
    const [es, en] = [await slugs("es"), await slugs("en")];
    expect(es.indexOf("acnur")).toBeLessThan(es.indexOf("msf"));
    expect(en.indexOf("msf")).toBeLessThan(en.indexOf("acnur"));
  });

  it("among names the words match equally, puts first the one they begin", async () => {
    // Médicos Sin Fronteras holds the same two words, and has five offices that come first alphabetically.
    expect((await orgSlugs({ q: "sin fronteras" }))[0]).toBe("sin-fronteras");
    expect((await orgSlugs({ q: "sin fronteras" }, "en"))[0]).toBe("sin-fronteras");
  });

  it("combines service type and population on the same service", async () => {
    const women = await search({ service: "gbv_support", population: "women" });
    expect(women.total).toBeGreaterThan(0);
    for (const result of women.results) {
      expect(result.serviceTypes).toContain("gbv_support");
      expect(result.populations).toContain("women");
    }
  });

  it("filters by state and city", async () => {
    const tapachula = await search({ city: "tapachula" });
    expect(tapachula.total).toBeGreaterThan(0);
    // The places there, and the remote help of national bodies, which serves everywhere.
    for (const result of tapachula.results.filter((result) => result.group !== "remote")) expect(result.office?.city?.slug).toBe("tapachula");
    const chiapas = await search({ state: "chiapas" });
    expect(chiapas.total).toBeGreaterThan(tapachula.total);
  });

  it("gives facet counts that match the results they lead to", async () => {
    const base = { q: "legal" } as const;
    const { facets } = await search(base);
    for (const [city, count] of facets.city) {
      expect((await search({ ...base, city })).total, city).toBe(count);
    }
    for (const [service, count] of facets.service) {
      expect((await search({ ...base, service })).total, service).toBe(count);
    }
    for (const [population, count] of facets.population) {
      expect((await search({ ...base, population })).total, population).toBe(count);
    }
  });

  it("gives counts beside the one filter chosen that match the results of each option", async () => {
    // With one filter and no words, that filter's own options are counted over the whole directory (precomputed).
    const checks = [
      ["city", { city: "tapachula" }],
      ["service", { service: "shelter" }],
      ["population", { population: "women" }],
      ["state", { state: "chiapas" }],
    ] as const;
    for (const [dimension, chosen] of checks) {
      const { facets } = await search(chosen);
      expect(facets[dimension].size, dimension).toBeGreaterThan(1);
      for (const [value, count] of facets[dimension]) {
        expect((await search({ [dimension]: value })).total, `${dimension}=${value}`).toBe(count);
      }
    }
  });

  it("counts a kind of help with a population only where one service gives both", async () => {
    // A kind of help and a population that one published service of the seed gives.
    const sample = await database.prisma.service.findFirstOrThrow({
      where: { published: true, organization: { published: true }, NOT: { populations: { isEmpty: true } } },
      orderBy: { id: "asc" },
      select: { type: true, populations: true },
    });
    const service = sample.type;
    const population = sample.populations[0]!;
    // Each count beside an option is the total that option leads to, in both directions.
    const byService = await search({ service });
    expect(byService.facets.population.get(population)).toBeGreaterThan(0);
    for (const [other, count] of byService.facets.population) {
      expect((await search({ service, population: other })).total, other).toBe(count);
    }
    const byPopulation = await search({ population });
    for (const [other, count] of byPopulation.facets.service) {
      expect((await search({ service: other, population })).total, other).toBe(count);
    }
    // Every result has one published service of that kind for that population, not two services that add up to it.
    const both = await search({ service, population });
    expect(both.total).toBeGreaterThan(0);
    for (const result of both.results) {
      const services = await database.prisma.service.findMany({
        where: { published: true, organization: { slug: result.organization.slug }, type: service },
        select: { populations: true, offices: { select: { office: { select: { slug: true } } } } },
      });
      const given = services.some(
        (one) =>
          one.populations.includes(population) &&
          (!result.office || one.offices.length === 0 || one.offices.some((link) => link.office.slug === result.office?.slug)),
      );
      expect(given, result.organization.slug).toBe(true);
    }
  });

  it("knows which offices are open now, in their own time zone", async () => {
    // Nuevo Laredo (America/Matamoros, UTC-6): office Mon–Sat 09:30–13:00, reception daily 16:00–21:30.
    const mondayMorningThere = new Date("2026-11-23T16:00:00Z"); // 10:00 local
    const mondayNightThere = new Date("2026-11-24T05:00:00Z"); // 23:00 local
    const open = await search({ open: "1" }, "es", mondayMorningThere);
    expect(open.results.map((result) => result.office?.slug)).toContain("casa-del-migrante-nuevo-laredo");
    const closed = await search({ open: "1" }, "es", mondayNightThere);
    expect(closed.results.map((result) => result.office?.slug)).not.toContain("casa-del-migrante-nuevo-laredo");
    // Open from the opening minute, closed from the closing minute.
    const openSlugs = async (now: Date) => (await search({ open: "1", city: "nuevo-laredo" }, "es", now)).results.map((r) => r.office?.slug);
    expect(await openSlugs(new Date("2026-11-23T15:30:00Z"))).toContain("casa-del-migrante-nuevo-laredo"); // 09:30
    expect(await openSlugs(new Date("2026-11-23T15:29:00Z"))).not.toContain("casa-del-migrante-nuevo-laredo"); // 09:29
    expect(await openSlugs(new Date("2026-11-23T19:00:00Z"))).not.toContain("casa-del-migrante-nuevo-laredo"); // 13:00
    // The counts beside each option, and the total past the last page, apply "open now" too.
    expect(open.total).toBeLessThan((await search({})).total);
    expect(open.facets.state.size).toBeGreaterThan(0);
    for (const [state, count] of open.facets.state) {
      expect((await search({ open: "1", state }, "es", mondayMorningThere)).total, state).toBe(count);
    }
    expect((await search({ open: "1", page: 99 }, "es", mondayMorningThere)).total).toBe(open.total);
  });

  it("counts only offices open now beside every option, with words or without", async () => {
    // The seed knows the hours of few offices: for this test, a dozen more are open all Monday.
    const mondayMorning = new Date("2026-11-23T16:00:00Z"); // Monday 09:00–11:00 on every Mexican clock
    const offices = await database.prisma.office.findMany({ where: { published: true }, orderBy: { slug: "asc" }, take: 12, select: { id: true } });
    const added = await database.prisma.openingHours.createManyAndReturn({
      data: offices.map((office) => ({ officeId: office.id, weekday: 1, opens: "00:00", closes: "23:59" })),
      select: { id: true },
    });
    await refreshDirectoryIndex(database.prisma);
    try {
      for (const base of [{ open: "1" }, { open: "1", q: "migrantes" }] as const) {
        const { total, facets } = await search(base, "es", mondayMorning);
        expect(total, base.q).toBeGreaterThan(1);
        for (const dimension of ["state", "city", "service", "population", "language"] as const) {
          for (const [value, count] of facets[dimension]) {
            expect((await search({ ...base, [dimension]: value }, "es", mondayMorning)).total, `${dimension}=${value}`).toBe(count);
          }
        }
      }
    } finally {
      await database.prisma.openingHours.deleteMany({ where: { id: { in: added.map((row) => row.id) } } });
      await refreshDirectoryIndex(database.prisma);
    }
  });

  it("counts the results that publish opening hours, as the cards say, precomputed or live (decision 022)", async () => {
    const withHours = async (filters: Partial<DirectoryFilters>) => {
      const found = await search(filters);
      // Every page of these results, to count their cards that have hours.
      const pages = await Promise.all(Array.from({ length: found.pageCount }, (_, index) => search({ ...filters, page: index + 1 })));
      return { counted: found.withHours, onCards: pages.flatMap((page) => page.results).filter((result) => result.hasHours).length };
    };
    const offices = await database.prisma.office.count({ where: { published: true, hours: { some: {} } } });
    const all = await withHours({});
    expect(all.counted).toBeGreaterThan(0);
    expect(all.counted).toBe(offices);
    expect(all.onCards).toBe(all.counted);
    // Filtered and with words: counted live, within the results only.
    for (const filters of [{ city: "guadalajara" }, { q: "casa del migrante" }, { city: "tapachula" }]) {
      const { counted, onCards } = await withHours(filters);
      expect(counted, JSON.stringify(filters)).toBe(onCards);
    }
    expect((await withHours({ city: "guadalajara" })).counted).toBeGreaterThan(0);
    const live = await database.prisma.$queryRaw<{ dimension: string; count: bigint }[]>(
      facetCountsQuery({ page: 1 }, null, new Date(), { live: true }),
    );
    expect(Number(live.find((row) => row.dimension === "hours")?.count)).toBe(all.counted);
  });

  it("treats SQL and HTML in the query as plain words", async () => {
    for (const q of ["'; DROP TABLE \"Office\"; --", "<script>alert(1)</script>", "%_%", "\\"]) {
      const result = await search({ q });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect(await database.prisma.office.count()).toBeGreaterThan(30);
  });

  it("offers national contacts and the places that have offices", async () => {
    expect((await listNationalContacts("es")).map((org) => org.slug)).toEqual(expect.arrayContaining(["comar", "acnur", "cndh"]));
    const places = await listPlacesWithOffices("en");
    expect(places.find((state) => state.slug === "ciudad-de-mexico")?.name).toBe("Mexico City");
    // Exactly the cities with a published office (a place to go, not remote help) of a published
    // organisation, each under its own state.
    const offices = await database.prisma.office.findMany({
      where: { published: true, kind: "physical", organization: { published: true } },
      select: { city: { select: { slug: true, state: { select: { slug: true } } } } },
    });
    const expected = [...new Set(offices.flatMap((office) => (office.city ? [`${office.city.state.slug}/${office.city.slug}`] : [])))].sort();
    expect(places.flatMap((state) => state.cities.map((city) => `${state.slug}/${city.slug}`)).sort()).toEqual(expected);
  });

  it("pages through results and keeps the total past the end", async () => {
    const second = await search({ page: 2 });
    const first = await search({});
    expect(second.results[0]?.key).not.toBe(first.results[0]?.key);
    const beyond = await search({ page: 999 });
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("finds a confidential office by its city only, never by its street or neighbourhood", async () => {
    const slug = "casa-del-migrante-tijuana";
    const office = await database.prisma.office.findUniqueOrThrow({ where: { slug }, select: { colonia: true } });
    const slugs = async (q: string) => (await search({ q })).results.map((result) => result.office?.slug);
    // (Words that name no kind of help, so that each of them must be found.)
    expect(await slugs(`migrante ${office.colonia}`)).toContain(slug);
    await database.prisma.office.update({ where: { slug }, data: { confidentialAddress: true } });
    await refreshDirectoryIndex(database.prisma);
    try {
      expect(await slugs(`migrante ${office.colonia}`)).not.toContain(slug);
      expect(await slugs("casa migrante tijuana")).toContain(slug);
      const card = (await search({ q: "casa migrante tijuana" })).results.find((result) => result.office?.slug === slug);
      expect(card?.office?.address).toEqual({ confidential: true, country: "MX" });
    } finally {
      await database.prisma.office.update({ where: { slug }, data: { confidentialAddress: false } });
      await refreshDirectoryIndex(database.prisma);
    }
  });

  describe("remote listings and places abroad", () => {
    const allPages = async (filters: Partial<DirectoryFilters>) => {
      const first = await search(filters);
      const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, index) => search({ ...filters, page: index + 2 })));
      return [first, ...rest].flatMap((page) => page.results);
    };

    it("never give a remote listing a city or state in the where filter", async () => {
      const cgrs = (await search({ q: "cgrs" })).results.find((result) => result.organization.slug === "cgrs");
      expect(cgrs?.group).toBe("remote");
      expect(cgrs?.place).toBeNull();
      const { facets } = await search({});
      expect(facets.city.has("san-francisco")).toBe(false);
      expect(facets.state.has("california")).toBe(true); // Chula Vista is a place to go.
      const places = await listPlacesWithOffices("es");
      expect(places.flatMap((state) => state.cities.map((city) => city.slug))).not.toContain("san-francisco");
    });

    it("list Mexico's places first, then the United States', then remote help", async () => {
      const groups = (await allPages({})).map((result) => result.group);
      const order = [...new Set(groups)];
      expect(order).toEqual(["MX", "US", "remote"]);
      // Each group in one run: never back to an earlier group.
      expect(groups).toEqual([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      const places = await listPlacesWithOffices("en");
      expect(places.at(-1)).toMatchObject({ slug: "california", country: "US" });
      expect(places.filter((state) => state.country === "US").map((state) => state.slug)).toEqual(["california"]);
    });

    it("keep the remote help of national bodies, and only theirs, when a place is chosen", async () => {
      for (const filters of [{ city: "tapachula" }, { state: "chiapas" }]) {
        const remote = (await allPages(filters)).filter((result) => result.group === "remote").map((result) => result.organization.slug);
        expect(remote).toEqual(expect.arrayContaining(["comar", "centro-prodh"]));
        // International and binational ones serve no particular place in Mexico.
        expect(remote).not.toContain("cgrs");
        expect(remote).not.toContain("kino-border-initiative");
      }
    });

    it("still match remote listings by kind of help, population and words", async () => {
      const lgbti = await allPages({ population: "lgbtqi" });
      expect(lgbti.find((result) => result.organization.slug === "cgrs")?.group).toBe("remote");
      expect((await allPages({ q: "gender refugee" })).map((result) => result.organization.slug)).toContain("cgrs");
    });

    it("mark an office's card contacts that are its organisation's", async () => {
      const card = (await search({ city: "tijuana", q: "asylum access" })).results.find(
        (result) => result.office?.slug === "asylum-access-mexico-tijuana",
      );
      expect(card?.organizationContacts).toEqual({ phones: true, emails: true });
      expect(card?.phones[0]?.label?.text).toBe("Oficina principal (Ciudad de México)");
      const own = (await search({ q: "fray matias" })).results.find((result) => result.office?.slug === "cdh-fray-matias-tapachula");
      expect(own?.organizationContacts).toEqual({ phones: false, emails: false });
    });
  });
});
