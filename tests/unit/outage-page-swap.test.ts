// The entry point turns a page's 500 into the translated 503 page when the
// database layer has just seen the connection go, even with Next's gzip
// middleware wrapped around the response as `next start` wraps it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// @ts-expect-error Next's bundled copy of the compression middleware has no types.
import compression from "next/dist/compiled/compression";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { guardRequests } from "@/lib/http/entry-point";

const outage = globalThis as unknown as { amparoDatabaseDownSince?: number };
const compress = compression() as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

let server: Server;
let base: string;

beforeAll(async () => {
  // Like a page whose first query failed: Next compresses, then answers 500 with its error page.
  const failingPage = (req: IncomingMessage, res: ServerResponse) => {
    compress(req, res, () => {});
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.statusCode = req.url?.startsWith("/es/fine") ? 200 : 500;
    res.write("<html>".padEnd(4096, "x"));
    res.end("</html>");
  };
  server = createServer(guardRequests(failingPage, { trustedHops: 0 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  outage.amparoDatabaseDownSince = undefined;
});

describe("a page that fails during a database outage", () => {
  it("answers the translated 503 page, uncompressed and whole, instead of the 500", async () => {
    outage.amparoDatabaseDownSince = Date.now();
    const response = await fetch(`${base}/en/directory?q=x`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('href="/en/directory?q=x"');
    expect(html).not.toContain("xxxx");
  });

  it("keeps a 500 that has nothing to do with the database, and leaves healthy pages alone", async () => {
    expect((await fetch(`${base}/es`)).status).toBe(500);
    outage.amparoDatabaseDownSince = Date.now();
    const fine = await fetch(`${base}/es/fine`, { headers: { "accept-encoding": "gzip" } });
    expect(fine.status).toBe(200);
    expect(fine.headers.get("content-encoding")).toBe("gzip");
    // fetch has already gunzipped it: the whole page came through.
    expect(await fine.text()).toMatch(/^<html>x+<\/html>$/);
  });

  it("leaves API routes to answer their own JSON 503", async () => {
    outage.amparoDatabaseDownSince = Date.now();
    expect((await fetch(`${base}/api/hsds/organizations`)).status).toBe(500);
  });
});
