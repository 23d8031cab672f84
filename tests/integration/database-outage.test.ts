// The route handlers that pages' proxy does not cover, on a PostgreSQL server
// whose connection is cut (through a relay) and comes back: a 503 from the
// first failed query, then answers again by themselves. Also how Prisma 7's
// driver adapter surfaces a lost server, which isDatabaseUnavailableError must
// recognise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as hsdsRecord } from "@/app/api/hsds/[collection]/[id]/route";
import { GET as hsdsList } from "@/app/api/hsds/[collection]/route";
import { POST as report } from "@/app/api/reports/route";
import { GET as sitemap } from "@/app/sitemap.xml/route";
import { GET as offices } from "@/app/api/v1/offices/route";
import { openAdapterSync, isDatabaseUnavailableError, type OpenedAdapter } from "@/lib/db/adapter";
import { PrismaClient } from "@/prisma/generated/client";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@/tests/setup/test-database";
import { startRelay, viaRelay, type Relay } from "@/tests/setup/tcp-relay";
import { NextRequest } from "next/server";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { keepApiAnswersIn } from "@/lib/api/answer-cache";
import { pageCache } from "@/lib/cache/page-cache";

const globalForDb = globalThis as unknown as { amparoDb?: PrismaClient };

const draft = "El teléfono ya no contesta (prueba de corte).";
// As the entry point would name each caller (lib/http/entry-point.ts).
trustClientAddressHeader();

const requests = {
  hsdsList: () => hsdsList(new Request("http://localhost/api/hsds/organizations"), { params: Promise.resolve({ collection: "organizations" }) }),
  hsdsRecord: () =>
    hsdsRecord(new Request("http://localhost/api/hsds/organizations/00000000-0000-4000-8000-000000000000"), {
      params: Promise.resolve({ collection: "organizations", id: "00000000-0000-4000-8000-000000000000" }),
    }),
  sitemap: () => sitemap(),
  offices: () => offices(new Request("http://localhost/api/v1/offices", { headers: { [clientAddressHeader]: "198.51.100.7" } }), { params: Promise.resolve({}) }),
  report: () =>
    report(
      new NextRequest("http://localhost/api/reports?office=casa-del-migrante-tijuana&locale=es", {
        method: "POST",
        headers: { [clientAddressHeader]: "198.51.100.8", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ message: draft, website: "" }),
      }),
    ),
};

describe.skipIf(testDatabaseKind() !== "postgres")("a PostgreSQL outage", () => {
  let database: TestDatabase;
  let relay: Relay | undefined;
  let relayed: OpenedAdapter;
  let prisma: PrismaClient;
  const port = 21_000 + (process.pid % 9_000);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, await readSeedData());
    relay = await startRelay(port, new URL(database.url!));
    // The site's client, through the relay: the adapter the server uses, with its pool.
    relayed = openAdapterSync({ kind: "postgres", url: viaRelay(database.url!, port).toString() });
    prisma = new PrismaClient({ adapter: relayed.factory });
    globalForDb.amparoDb = prisma;
    // As `npm start` runs: the API's answers kept in the page cache (decision 025), which an outage must pass by.
    keepApiAnswersIn(pageCache());
  }, 120_000);
  afterAll(async () => {
    await relay?.close();
    await prisma?.$disconnect();
    await relayed?.close().catch(() => {});
    await database?.close();
    globalThis.amparoDatabaseDownSince = undefined;
    keepApiAnswersIn(undefined);
  });

  it("answers 503 from the first failed query, marks the database down, and recovers", { timeout: 60_000 }, async () => {
    expect((await requests.hsdsList()).status).toBe(200);
    expect((await requests.hsdsList()).headers.get("x-amparo-cache")).toBe("hit");
    expect((await requests.offices()).status).toBe(200);
    expect((await requests.offices()).headers.get("x-amparo-cache")).toBe("hit");
    expect(globalThis.amparoDatabaseDownSince).toBeUndefined();

    await relay!.close();
    relay = undefined;
    const [one, map, api, sent] = await Promise.all([requests.hsdsRecord(), requests.sitemap(), requests.offices(), requests.report()]);
    // Now that the outage is known, a kept answer is not served either (a kept page is not: decision 025).
    const list = await requests.hsdsList();
    expect(list.status).toBe(503);
    expect(await list.json()).toMatchObject({ error: "unavailable" });
    expect(list.headers.get("retry-after")).toBeTruthy();
    expect(one.status).toBe(503);
    expect(map.status).toBe(503);
    expect(map.headers.get("retry-after")).toBeTruthy();
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: { message: expect.stringContaining("unavailable") } });
    // The report form comes back translated and filled in, to send again later; no URL holds the text.
    expect(sent.status).toBe(503);
    expect(sent.headers.get("content-type")).toContain("text/html");
    const html = await sent.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("No podemos guardar avisos en este momento");
    expect(html).toContain(`>\n${draft}</textarea>`);
    // The pool noticed the lost connection where it happened.
    expect(globalThis.amparoDatabaseDownSince).toEqual(expect.any(Number));

    relay = await startRelay(port, new URL(database.url!));
    expect((await requests.hsdsList()).status).toBe(200);
    expect((await requests.sitemap()).status).toBe(200);
    expect((await requests.offices()).status).toBe(200);
    expect((await requests.report()).status).toBe(303);
  });

  it("recognises how Prisma reports a server it lost", { timeout: 60_000 }, async () => {
    relay ??= await startRelay(port, new URL(database.url!));
    await prisma.$queryRaw`SELECT 1`;
    await relay!.close();
    relay = undefined;
    const failures = await Promise.all([
      prisma.$queryRaw`SELECT 1`.catch((error: unknown) => error),
      prisma.organization.findMany({ take: 1 }).catch((error: unknown) => error),
      prisma.$transaction(async (tx) => tx.organization.count()).catch((error: unknown) => error),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(Error);
      expect(isDatabaseUnavailableError(failure)).toBe(true);
    }
    // A query's own mistake is not an outage.
    relay = await startRelay(port, new URL(database.url!));
    const mistake = await prisma.$queryRawUnsafe("SELECT * FROM no_such_table").catch((error: unknown) => error);
    expect(mistake).toBeInstanceOf(Error);
    expect(isDatabaseUnavailableError(mistake)).toBe(false);
  });
});
