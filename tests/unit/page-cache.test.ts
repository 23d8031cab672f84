// Decision 025: a public page is rendered once per URL and served from the cache until a write names it, or its
// minute ends ("open now" follows the clock).
import { describe, expect, it } from "vitest";
import { createPageCache, endOfMinute, tagsForPath } from "@/lib/cache/page-cache";

const page = (text: string) => ({ status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.from(text) });
const at = Date.UTC(2026, 11, 3, 9, 0, 10);

describe("the pages' tags, from their paths", () => {
  it("tags a record's own page with the record, and every other page as a list", () => {
    expect(tagsForPath("/es/oficinas/comar-tapachula")).toEqual(["office:comar-tapachula", "all"]);
    expect(tagsForPath("/en/organizations/asylum-access-mexico?x=1")).toEqual(["organization:asylum-access-mexico", "all"]);
    expect(tagsForPath("/es/informacion-legal/refugio")).toEqual(["legal:refugio", "all"]);
    expect(tagsForPath("/es/directorio?q=abogado")).toEqual(["directory", "all"]);
    // Every language's own addresses, from the one path table.
    expect(tagsForPath("/ht/biwo/comar-tapachula")).toEqual(["office:comar-tapachula", "all"]);
    expect(tagsForPath("/fr/organisations/asylum-access-mexico")).toEqual(["organization:asylum-access-mexico", "all"]);
    expect(tagsForPath("/pt/informacao-juridica/refugio")).toEqual(["legal:refugio", "all"]);
    expect(tagsForPath("/es/organizaciones")).toEqual(["directory", "all"]);
    expect(tagsForPath("/en")).toEqual(["directory", "all"]);
  });

  it("tags the API's answers from the same table: a record's endpoint with it, a referral list with its offices", () => {
    expect(tagsForPath("/api/v1/offices/comar-tapachula?lang=en")).toEqual(["office:comar-tapachula", "all"]);
    expect(tagsForPath("/api/v1/organizations/asylum-access-mexico")).toEqual(["organization:asylum-access-mexico", "all"]);
    expect(tagsForPath("/api/v1/referrals.csv?o=comar-tapachula&lang=fr&o=acnur-mexicali&o=comar-tapachula")).toEqual([
      "office:comar-tapachula",
      "office:acnur-mexicali",
      "all",
    ]);
    // The lists (and the legal note that answers a search, in `meta.answer`) are the directory's.
    for (const list of ["/api/v1/offices?q=abogado", "/api/v1/offices.csv?city=tijuana", "/api/v1/organizations", "/api/v1/services?page=2"]) {
      expect(tagsForPath(list)).toEqual(["directory", "all"]);
    }
    expect(tagsForPath("/api/v1/openapi.json")).toEqual(["all"]);
    // A query's "?" inside a value does not cut the query short.
    expect(tagsForPath("/api/v1/referrals.csv?lang=es?x&o=a")).toEqual(["office:a", "all"]);
  });
});

describe("the page cache", () => {
  it("serves a stored page until a write names one of its tags, and only those pages", () => {
    const cache = createPageCache();
    cache.store("gzip /es/oficinas/a", "/es/oficinas/a", cache.begin(), page("A"), at);
    cache.store("gzip /es/oficinas/b", "/es/oficinas/b", cache.begin(), page("B"), at);
    cache.store("gzip /es/directorio", "/es/directorio", cache.begin(), page("D"), at);
    expect(cache.lookup("gzip /es/oficinas/a", at)?.body.toString()).toBe("A");
    cache.invalidate(["office:a"], at);
    expect(cache.lookup("gzip /es/oficinas/a", at)).toBeUndefined();
    expect(cache.lookup("gzip /es/oficinas/b", at)?.body.toString()).toBe("B");
    expect(cache.lookup("gzip /es/directorio", at)?.body.toString()).toBe("D");
    cache.invalidate(["directory"], at);
    expect(cache.lookup("gzip /es/directorio", at)).toBeUndefined();
    expect(cache.lookup("gzip /es/oficinas/b", at)?.body.toString()).toBe("B");
    cache.invalidate(["all"], at);
    expect(cache.lookup("gzip /es/oficinas/b", at)).toBeUndefined();
  });

  it("does not keep a page rendered while a write was heard, since its queries may have read the old data", () => {
    const cache = createPageCache();
    const ticket = cache.begin();
    cache.invalidate(["office:elsewhere"], at);
    expect(cache.store("gzip /es/oficinas/a", "/es/oficinas/a", ticket, page("old"), at)).toBe(false);
    expect(cache.lookup("gzip /es/oficinas/a", at)).toBeUndefined();
  });

  it("lets no copy outlive its minute, so 'open now' is never a minute late", () => {
    const cache = createPageCache();
    cache.store("gzip /es/directorio?abierto=1", "/es/directorio", cache.begin(), page("D"), at);
    expect(cache.lookup("gzip /es/directorio?abierto=1", endOfMinute(at) - 1)).toBeDefined();
    expect(cache.lookup("gzip /es/directorio?abierto=1", endOfMinute(at))).toBeUndefined();
  });

  it("forgets the least recently used pages beyond its size, and serves nothing while it cannot hear writes", () => {
    const cache = createPageCache({ maxEntries: 2 });
    for (const name of ["a", "b"]) cache.store(`gzip /es/oficinas/${name}`, `/es/oficinas/${name}`, cache.begin(), page(name), at);
    cache.lookup("gzip /es/oficinas/a", at);
    cache.store("gzip /es/oficinas/c", "/es/oficinas/c", cache.begin(), page("c"), at);
    expect(cache.lookup("gzip /es/oficinas/b", at)).toBeUndefined();
    expect(cache.lookup("gzip /es/oficinas/a", at)).toBeDefined();
    cache.setEnabled(false);
    expect(cache.lookup("gzip /es/oficinas/a", at)).toBeUndefined();
    expect(cache.store("gzip /es/oficinas/d", "/es/oficinas/d", cache.begin(), page("d"), at)).toBe(false);
    cache.setEnabled(true);
    expect(cache.size).toBe(0);
  });
});
