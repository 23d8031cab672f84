// Issue 16 / decision 025: the public API's answers are made once per URL and kept in the page cache until a write
// names them; the rate limit, ETag comparison and errors stay per request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as office } from "@/app/api/v1/offices/[slug]/route";
import { GET as offices } from "@/app/api/v1/offices/route";
import { GET as organization } from "@/app/api/v1/organizations/[slug]/route";
import { GET as referralsCsv } from "@/app/api/v1/referrals.csv/route";
import { GET as hsdsRecord } from "@/app/api/hsds/[collection]/[id]/route";
import { GET as hsdsList } from "@/app/api/hsds/[collection]/route";
import { apiCacheKey, keepApiAnswersIn } from "@/lib/api/answer-cache";
import { pageCache } from "@/lib/cache/page-cache";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { updateOffice } from "@/lib/data/admin/office-writes";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { createMemoryRateLimitStore, setRateLimitStore } from "@/lib/http/rate-limit";
import { createDatabaseRateLimitStore, withFallback } from "@/lib/http/rate-limit-database";
import { officeFormSchema } from "@/lib/validation/office-form";
import type { PrismaClient } from "@/prisma/generated/client";
import { useSeededTestDatabaseWithEditor } from "@/tests/setup/test-database";

type Route<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
const globalForDb = globalThis as unknown as { amparoDb?: PrismaClient };

trustClientAddressHeader();
let address = 0;
function call<P>(route: Route<P>, path: string, params = {} as P, headers: Record<string, string> = {}) {
  return route(new Request(`http://localhost${path}`, { headers: { [clientAddressHeader]: `192.0.2.${++address % 250}`, ...headers } }), {
    params: Promise.resolve(params),
  });
}

describe("the API's answers, kept in the page cache", () => {
  const { database, actor } = useSeededTestDatabaseWithEditor();
  /** The database's queries since the last reset, as the data functions make them (the rate limit counts apart). */
  let queries: string[] = [];

  beforeAll(() => {
    // Every query the routes make, counted on the way: the site's client, wrapped.
    const counted = database.prisma.$extends({
      query: {
        $allOperations({ model, operation, args, query }) {
          queries.push(`${model ?? "raw"}.${operation}`);
          return query(args);
        },
      },
    });
    globalForDb.amparoDb = counted as unknown as PrismaClient;
    keepApiAnswersIn(pageCache());
  });
  afterAll(() => {
    keepApiAnswersIn(undefined);
    globalForDb.amparoDb = database.prisma;
    setRateLimitStore(createMemoryRateLimitStore());
  });
  beforeEach(() => {
    pageCache().clear();
    // Counted in memory unless a test says otherwise, so that every query counted is the answer's own.
    setRateLimitStore(createMemoryRateLimitStore());
    queries = [];
  });

  it("answers a second identical request from the cache, without a query, with the same body and ETag", async () => {
    const first = await call(offices, "/api/v1/offices?city=tapachula&lang=en");
    expect(first.status).toBe(200);
    expect(first.headers.get("x-amparo-cache")).toBe("miss");
    expect(queries.length).toBeGreaterThan(0);
    queries = [];
    const second = await call(offices, "/api/v1/offices?city=tapachula&lang=en");
    expect(second.headers.get("x-amparo-cache")).toBe("hit");
    expect(queries).toEqual([]);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(second.headers.get("access-control-allow-origin")).toBe("*");
    // The client's copy is still compared on each request: a 304 from the kept answer.
    const revalidated = await call(offices, "/api/v1/offices?city=tapachula&lang=en", {}, { "if-none-match": first.headers.get("etag")! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("ratelimit-limit")).toBe(String(env.API_RATE_LIMIT));
    // Another URL is another answer; a client that asks for a fresh one (Cache-Control: no-cache) gets one made now.
    expect((await call(offices, "/api/v1/offices?city=tapachula&lang=es")).headers.get("x-amparo-cache")).toBe("miss");
    queries = [];
    const fresh = await call(offices, "/api/v1/offices?city=tapachula&lang=en", {}, { "cache-control": "no-cache" });
    expect(fresh.headers.get("x-amparo-cache")).toBe("miss");
    expect(queries.length).toBeGreaterThan(0);
  });

  it("drops at once, when an office is saved, the answers that show it, and keeps an unrelated office's and legal note's", async () => {
    const saved = await database.prisma.office.findUniqueOrThrow({ where: { slug: "acnur-mexicali" }, select: officeEditSelect });
    const owner = await database.prisma.organization.findUniqueOrThrow({ where: { id: saved.organizationId }, select: { slug: true } });
    const other = await database.prisma.office.findFirstOrThrow({
      where: { organizationId: { not: saved.organizationId }, published: true },
      select: { slug: true },
    });
    const note = await database.prisma.legalNote.findFirstOrThrow({ select: { slug: true } });
    const requests = {
      own: () => call(office, "/api/v1/offices/acnur-mexicali", { slug: "acnur-mexicali" }),
      organization: () => call(organization, `/api/v1/organizations/${owner.slug}`, { slug: owner.slug }),
      list: () => call(offices, "/api/v1/offices?q=mexicali"),
      referrals: () => call(referralsCsv, `/api/v1/referrals.csv?o=${other.slug}&o=acnur-mexicali`),
      unrelated: () => call(office, `/api/v1/offices/${other.slug}`, { slug: other.slug }),
      unrelatedReferrals: () => call(referralsCsv, `/api/v1/referrals.csv?o=${other.slug}`),
      // Open data: every HSDS answer reads the whole export, so any write to the directory drops them.
      hsds: () => call(hsdsList, "/api/hsds/service_at_locations?per_page=500&lang=es", { collection: "service_at_locations" }),
    };
    for (const request of Object.values(requests)) expect((await request()).headers.get("x-amparo-cache")).toBe("miss");
    for (const request of Object.values(requests)) expect((await request()).headers.get("x-amparo-cache")).toBe("hit");
    // A legal note's page, kept in the same cache.
    const notePath = `/es/informacion-legal/${note.slug}`;
    pageCache().store(`gzip localhost ${notePath}`, notePath, pageCache().begin(), { status: 200, headers: {}, body: Buffer.from("<html></html>") });

    const name = { es: "Oficina Mexicali Caché", en: "Mexicali cache office" };
    const values = officeFormSchema.parse({ ...officeFormSnapshot(saved), version: String(saved.version), name });
    expect(await updateOffice(database.prisma, actor, saved.id, values)).toMatchObject({ outcome: "saved" });

    const own = await requests.own();
    expect(own.headers.get("x-amparo-cache")).toBe("miss");
    expect(((await own.json()) as { data: { name: { text: string } } }).data.name.text).toBe(name.es);
    const fromOrganization = await requests.organization();
    expect(fromOrganization.headers.get("x-amparo-cache")).toBe("miss");
    expect(await fromOrganization.text()).toContain(name.es);
    expect((await requests.list()).headers.get("x-amparo-cache")).toBe("miss");
    const referrals = await requests.referrals();
    expect(referrals.headers.get("x-amparo-cache")).toBe("miss");
    expect(await referrals.text()).toContain(name.es);
    const hsds = await requests.hsds();
    expect(hsds.headers.get("x-amparo-cache")).toBe("miss");
    expect(await hsds.text()).toContain(name.es);
    expect((await requests.unrelated()).headers.get("x-amparo-cache")).toBe("hit");
    expect((await requests.unrelatedReferrals()).headers.get("x-amparo-cache")).toBe("hit");
    expect(pageCache().lookup(`gzip localhost ${notePath}`)).toBeDefined();
  });

  it("counts a kept answer against the rate limit, shared in the database, and answers 429 past it", async () => {
    setRateLimitStore(withFallback(createDatabaseRateLimitStore(db), createMemoryRateLimitStore()));
    const client = { [clientAddressHeader]: "203.0.113.61" };
    const ask = () => offices(new Request("http://localhost/api/v1/offices?state=chiapas", { headers: client }), { params: Promise.resolve({}) });
    const first = await ask();
    expect(first.headers.get("ratelimit-remaining")).toBe(String(env.API_RATE_LIMIT - 1));
    let last = first;
    for (let count = 2; count <= env.API_RATE_LIMIT; count += 1) {
      last = await ask();
      expect(last.headers.get("x-amparo-cache")).toBe("hit");
    }
    expect(last.status).toBe(200);
    expect(last.headers.get("ratelimit-remaining")).toBe("0");
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(refused.headers.get("x-amparo-cache")).toBeNull();
    const counted = await database.prisma.throttle.findUniqueOrThrow({ where: { key: "api:203.0.113.61" }, select: { failures: true } });
    expect(counted.failures).toBe(env.API_RATE_LIMIT + 1);
  });

  it("keeps the HSDS answers too, without a query the second time, and never its 404", async () => {
    const path = "/api/hsds/organizations?lang=en";
    const first = await call(hsdsList, path, { collection: "organizations" });
    expect(first.headers.get("x-amparo-cache")).toBe("miss");
    queries = [];
    const second = await call(hsdsList, path, { collection: "organizations" });
    expect(second.headers.get("x-amparo-cache")).toBe("hit");
    expect(queries).toEqual([]);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get("content-language")).toBe("en");
    for (let round = 0; round < 2; round++) {
      const missing = await call(hsdsRecord, "/api/hsds/organizations/no-such-id", { collection: "organizations", id: "no-such-id" });
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-amparo-cache")).toBeNull();
    }
  });

  it("keeps no error: a 400 and a 404 are answered again on each request", async () => {
    for (const [route, path, params, status] of [
      [offices, "/api/v1/offices?city=atlantis", {}, 400],
      [offices, "/api/v1/offices?colour=blue", {}, 400],
      [office, "/api/v1/offices/no-such-office", { slug: "no-such-office" }, 404],
    ] as const) {
      for (let round = 0; round < 2; round += 1) {
        queries = [];
        const response = await call(route as Route<object>, path, params);
        expect(response.status).toBe(status);
        expect(response.headers.get("x-amparo-cache")).toBeNull();
        expect(response.headers.get("cache-control")).toBe("no-store");
      }
      expect(pageCache().lookup(apiCacheKey(new URL(`http://localhost${path}`)))).toBeUndefined();
    }
    // The 404 asked the database both times.
    expect(queries.length).toBeGreaterThan(0);
  });

  it("passes the cache by while the database is known to be down, and keeps nothing when the cache is off", async () => {
    await call(offices, "/api/v1/offices?state=chiapas&open=1");
    expect((await call(offices, "/api/v1/offices?state=chiapas&open=1")).headers.get("x-amparo-cache")).toBe("hit");
    /** Made by the route, which queries, not taken from the cache. */
    const madeByTheRoute = async (path: string) => {
      queries = [];
      expect((await call(offices, path)).headers.get("x-amparo-cache")).toBeNull();
      expect(queries.length).toBeGreaterThan(0);
    };
    globalThis.amparoDatabaseDownSince = Date.now();
    try {
      // (Were the database really down, the route would answer 503: database-outage.test.ts.)
      await madeByTheRoute("/api/v1/offices?state=chiapas&open=1");
    } finally {
      globalThis.amparoDatabaseDownSince = undefined;
    }
    // The listener's reconnecting (or PAGE_CACHE=off, where the entry point never asks the API to keep answers).
    pageCache().setEnabled(false);
    try {
      await madeByTheRoute("/api/v1/offices?state=chiapas&open=1");
    } finally {
      pageCache().setEnabled(true);
    }
    keepApiAnswersIn(undefined);
    try {
      await call(offices, "/api/v1/offices?state=chiapas");
      await madeByTheRoute("/api/v1/offices?state=chiapas");
    } finally {
      keepApiAnswersIn(pageCache());
    }
  });
});
