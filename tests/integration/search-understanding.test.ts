import { describe, expect, it } from "vitest";
import { searchDirectory, type DirectoryResults } from "@/lib/data/directory";
import type { Population, ServiceType } from "@/lib/taxonomy";
import type { DirectoryFilters } from "@/lib/validation/directory-filters";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

// Issue 13: what people really type, on the real directory.
const search = (filters: Partial<DirectoryFilters>, locale: "es" | "en" = "es") => searchDirectory({ page: 1, ...filters }, locale);
const key = (listing: DirectoryResults["results"][number]) => listing.office?.slug ?? listing.organization.slug;

/** Every listing of a search (all pages). */
async function everyListing(filters: Partial<DirectoryFilters>, locale: "es" | "en" = "es") {
  const first = await search(filters, locale);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => search({ ...filters, page: i + 2 }, locale)));
  return [first, ...rest].flatMap((page) => page.results);
}

const gives = (listing: DirectoryResults["results"][number], type?: ServiceType, population?: Population) =>
  (!type || listing.serviceTypes.includes(type)) && (!population || listing.populations.includes(population));

/** Within each group (places in Mexico, abroad, remote help), the listings that give what was asked for come first. */
function expectGivingFirst(found: DirectoryResults["results"], type?: ServiceType, population?: Population) {
  for (const group of new Set(found.map((listing) => listing.group))) {
    const inGroup = found.filter((listing) => listing.group === group);
    const firstMiss = inGroup.findIndex((listing) => !gives(listing, type, population));
    if (firstMiss === -1) continue;
    expect(inGroup.slice(firstMiss).some((listing) => gives(listing, type, population)), `${type}/${population}: ${group}`).toBe(false);
  }
}

describe("search that understands people", () => {
  const database = useSeededTestDatabase();

  it("finds legal help for a typo of a mapped word", async () => {
    const typo = await everyListing({ q: "abogdo" });
    const filtered = await everyListing({ service: "legal_representation" });
    expect(filtered.length).toBeGreaterThan(5);
    expect(typo.map(key)).toEqual(expect.arrayContaining(filtered.map(key)));
    // Exactly what the word spelt right finds, in the same order.
    expect(typo.map(key)).toEqual((await everyListing({ q: "abogado" })).map(key));
    const { understood } = await search({ q: "abogdo" });
    expect(understood?.parts).toEqual([expect.objectContaining({ kind: "service", serviceTypes: ["legal_representation"], corrected: true, without: "" })]);
  });

  it("reads 'abogado en tapachula' as legal help in Tapachula", async () => {
    const result = await search({ q: "abogado en tapachula" });
    expect(result.total).toBeGreaterThan(0);
    const places = result.results.filter((listing) => listing.group !== "remote");
    expect(places.length).toBeGreaterThan(0);
    for (const listing of places) {
      expect(listing.office?.city?.slug).toBe("tapachula");
      expect(listing.serviceTypes).toContain("legal_representation");
    }
    expect(result.understood?.parts.map((part) => (part.kind === "place" ? part.place : part.kind))).toEqual([
      "service",
      { kind: "city", slug: "tapachula", name: "Tapachula" },
    ]);
    // Undoing Tapachula searches legal help everywhere; the counts of the menus are what choosing each place gives.
    const place = result.understood!.parts[1]!;
    expect(place.without).toBe("abogado");
    expect((await search({ q: place.without })).total).toBeGreaterThan(result.total);
    for (const [city, count] of result.facets.city) {
      expect((await search({ q: "abogado en tapachula", city })).total, city).toBe(count);
    }
    for (const [state, count] of result.facets.state) {
      expect((await search({ q: "abogado en tapachula", state })).total, state).toBe(count);
    }
  });

  it("is not sunk by a whole sentence", async () => {
    const sentence = await search({ q: "necesito un abogado gratis" });
    const word = await search({ q: "abogado" });
    expect(sentence.total).toBe(word.total);
    expect(sentence.results.map(key)).toEqual(word.results.map(key));
    // A word no listing has with the rest only orders the results, and the page says so.
    const unknown = await search({ q: "abogado para mi primo" });
    expect(unknown.total).toBe(word.total);
    expect(unknown.understood?.rankingOnly).toEqual(["primo"]);
  });

  it("lets a population named in passing only rank when the kind of help asked for has nobody for it", async () => {
    // Nobody lists schooling for families: a parent asking for "escuela para mis hijos" still needs a school.
    expect((await search({ service: "education", population: "families" })).total).toBe(0);
    const schools = await everyListing({ service: "education" });
    expect(schools.length).toBeGreaterThan(0);
    const sentence = await everyListing({ q: "escuela para mis hijos" });
    expect(sentence.map(key).sort()).toEqual(schools.map(key).sort());
    const { understood } = await search({ q: "escuela para mis hijos" });
    expect(understood?.parts.map((part) => part.kind)).toEqual(["service"]);
    expect(understood?.rankingOnly).toEqual(["hijos"]);
    // Where listings do give both, the population still filters.
    const both = await search({ q: "albergue para mujeres" });
    expect(both.total).toBe((await search({ service: "shelter", population: "women" })).total);
    expect(both.understood?.parts.map((part) => part.kind)).toEqual(["service", "population"]);
    // A population chosen in the menus is never loosened.
    expect((await search({ q: "escuela para mis hijos", population: "families" })).total).toBe(0);
  });

  it("says when a place typed is overridden by the menus, and which place it was", async () => {
    const result = await search({ q: "abogado en tapachula", city: "tijuana" });
    expect(result.understood?.placeSetAside).toEqual({ typed: "tapachula", place: { kind: "city", slug: "tapachula", name: "Tapachula" } });
    for (const listing of result.results.filter((listing) => listing.group !== "remote")) expect(listing.office?.city?.slug).toBe("tijuana");
    expect((await search({ q: "abogado en tapachula", city: "tapachula" })).understood?.placeSetAside).toBeNull();
  });

  it.each([
    ["albergue para mujeres", "es", "shelter", "women"],
    ["shelter for women", "en", "shelter", "women"],
    ["niños no acompañados", "es", undefined, "children"],
    ["unaccompanied children", "en", undefined, "children"],
    ["mujeres", "es", undefined, "women"],
  ] as const)("finds '%s' (%s): every listing the filters find, those first", async (q, locale, service, population) => {
    const filtered = await everyListing({ service, population }, locale);
    expect(filtered.length).toBeGreaterThan(0);
    const found = await everyListing({ q }, locale);
    expect(found.map(key)).toEqual(expect.arrayContaining(filtered.map(key)));
    expectGivingFirst(found, service, population);
  });

  it("finds the ten the women filter finds when 'mujeres' is typed", async () => {
    const women = await search({ population: "women" });
    const typed = await search({ q: "mujeres" });
    expect(women.total).toBeGreaterThanOrEqual(10);
    expect(typed.total).toBeGreaterThanOrEqual(women.total);
  });

  it("ranks a shelter for women before a shelter with other help for women", async () => {
    const found = await everyListing({ q: "albergue para mujeres" });
    const pairs = await database.prisma.$queryRaw<{ listing_id: string }[]>`
      SELECT listing_id FROM directory_listing WHERE service_populations @> ARRAY['shelter/women']::text[]`;
    const withPair = new Set(pairs.map((row) => row.listing_id));
    const ids = found.map((listing) => listing.key);
    const places = ids.filter((id, index) => found[index]!.group === "MX");
    const lastPair = places.findLastIndex((id) => withPair.has(id));
    expect(lastPair).toBeGreaterThanOrEqual(0);
    expect(places.slice(0, lastPair + 1).every((id) => withPair.has(id))).toBe(true);
  });

  it("still puts a name first for a name", async () => {
    expect((await search({ q: "asylum access" })).results[0]?.organization.slug).toBe("asylum-access-mexico");
    expect((await search({ q: "fray matias" })).results[0]?.organization.slug).toBe("cdh-fray-matias");
    expect((await search({ q: "acnur tapachula" })).results.map((listing) => listing.organization.slug)).toEqual(["acnur"]);
  });

  it("answers a question with the legal note that answers it, in the reader's language", async () => {
    const spanish = await search({ q: "¿cuántos días tengo para pedir refugio?" });
    expect(spanish.answer).toMatchObject({ slug: "comar-application-deadline", title: { locale: "es", isFallback: false } });
    expect(spanish.answer?.answer?.text).toContain("30 días hábiles");
    expect(spanish.total).toBeGreaterThan(0);
    const english = await search({ q: "how many days do I have to apply for asylum" }, "en");
    expect(english.answer).toMatchObject({ slug: "comar-application-deadline", title: { locale: "en" } });
    expect(english.answer?.answer?.text).toContain("30 working days");
    // A search for help is not a question.
    expect((await search({ q: "albergue para mujeres" })).answer).toBeNull();
    expect((await search({ city: "tapachula" })).answer).toBeNull();
  });

  it("sees an edited note at once", async () => {
    const note = await database.prisma.legalNote.findUniqueOrThrow({ where: { slug: "complementary-protection" } });
    expect((await search({ q: "protección complementaria" })).answer?.slug).toBe("complementary-protection");
    await database.prisma.legalNote.update({ where: { id: note.id }, data: { published: false, version: { increment: 1 } } });
    try {
      expect((await search({ q: "protección complementaria" })).answer?.slug).not.toBe("complementary-protection");
    } finally {
      await database.prisma.legalNote.update({ where: { id: note.id }, data: { published: true, version: { increment: 1 } } });
    }
  });

  it("suggests, for nothing found, the nearest searches that find something, each with the count it leads to", async () => {
    // A kind of help a city of Chiapas lacks (and no national body gives remotely), which other cities of the state give.
    const [gap] = await database.prisma.$queryRaw<{ city: string; state: string }[]>`
      SELECT l.city_slug AS city, l.state_slug AS state FROM directory_listing l
      WHERE l.state_slug = 'chiapas'
        AND NOT EXISTS (SELECT 1 FROM directory_listing c WHERE c.city_slug = l.city_slug AND 'shelter' = ANY(c.service_types))
      ORDER BY l.city_slug LIMIT 1`;
    expect(gap).toBeDefined();
    const city = await database.prisma.city.findUniqueOrThrow({ where: { slug: gap!.city }, select: { name: true } });
    const q = `albergue en ${(city.name as { es: string }).es}`;
    const none = await search({ q });
    expect(none.total).toBe(0);
    expect(none.suggestions.map((suggestion) => suggestion.relax.kind)).toEqual(expect.arrayContaining(["state", "place"]));
    const inState = none.suggestions.find((suggestion) => suggestion.relax.kind === "state");
    expect(inState?.relax).toEqual({ kind: "state", state: "chiapas" });
    expect(inState?.filters).toEqual({ page: 1, q: "albergue", state: "chiapas" });
    for (const suggestion of none.suggestions) {
      const followed = await search(suggestion.filters);
      expect(followed.total, JSON.stringify(suggestion.relax)).toBe(suggestion.total);
      expect(followed.total).toBeGreaterThan(0);
      expect(followed.results.filter((listing) => listing.group === "remote").length).toBeLessThanOrEqual(suggestion.remote);
    }
  });

  it("suggests dropping what was chosen in the menus too, and offers nothing that leads nowhere", async () => {
    const none = await search({ q: "zzqqxxww", city: "tapachula" });
    expect(none.total).toBe(0);
    expect(none.suggestions).toEqual([expect.objectContaining({ relax: { kind: "words", words: "zzqqxxww" }, filters: { page: 1, city: "tapachula" } })]);
    expect(none.suggestions[0]!.total).toBe((await search({ city: "tapachula" })).total);
    // Nothing anywhere: no suggestion.
    expect((await search({ q: "zzqqxxww" })).suggestions).toEqual([]);
  });
});
