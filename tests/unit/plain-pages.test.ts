// Decision 029: public pages leave without Next's client runtime and React's
// payload, compressed by the entry point; the admin area and everything that
// is not a page pass through as Next wrote them.
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
// @ts-expect-error Next's bundled copy of the compression middleware has no types.
import compression from "next/dist/compiled/compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorPageHtml, isPublicPagePath, servePlainPages, withoutClientRuntime } from "@/lib/http/plain-pages";

const compress = compression() as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

// The shape of what `next build` + `next start` send (copied from a real page's structure, shortened).
const page = [
  '<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/f6.css" nonce="N" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="N" href="/_next/static/chunks/webpack-3a.js"/>',
  '<script src="/_next/static/chunks/4bd1b696-e1.js" async="" nonce="N"></script>',
  '<script src="/_next/static/chunks/app/%5Blocale%5D/layout-60.js" async="" nonce="N"></script>',
  '<script src="/_next/static/chunks/polyfills-42.js" noModule="" nonce="N"></script>',
  '<link rel="alternate" hrefLang="en" href="http://localhost/en/directory"/></head>',
  '<body><main><h1>Buscar ayuda</h1><p hidden data-distance-to="14.9,-92.2"></p></main>',
  '<script nonce="N">(function j(a){a.exitUrl})({"exitUrl":"https://www.wikipedia.org/"})</script>',
  '<script src="/_next/static/chunks/webpack-3a.js" nonce="N" id="_R_" async=""></script>',
  '<script nonce="N">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="N">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[7121,[],\\"\\u003cscript\\"]"])</script>',
  "</body></html>",
].join("");

describe("withoutClientRuntime", () => {
  const plain = withoutClientRuntime(page);

  it("takes out Next's scripts, their preloads and React's payload", () => {
    expect(plain).not.toContain("/_next/static/chunks/");
    expect(plain).not.toContain("__next_f");
    expect(plain).not.toContain('as="script"');
  });

  it("keeps the markup, the stylesheet, other links and the site's own inline script", () => {
    expect(plain).toContain('<link rel="stylesheet" href="/_next/static/css/f6.css"');
    expect(plain).toContain('<link rel="alternate" hrefLang="en"');
    expect(plain).toContain('<main><h1>Buscar ayuda</h1><p hidden data-distance-to="14.9,-92.2"></p></main>');
    expect(plain).toContain('<script nonce="N">(function j(a){a.exitUrl})');
    expect(plain).toMatch(/<\/script><\/body><\/html>$/);
  });
});

describe("isPublicPagePath", () => {
  it("is every page under a locale but the admin area's, and no file", () => {
    for (const path of ["/es", "/es/directorio?q=abogado", "/en/offices/acnur-tijuana", "/ht/anye", "/es/administracion"]) expect(isPublicPagePath(path)).toBe(true);
    for (const path of ["/", "/es/admin", "/en/admin/offices?x=1", "/api/v1/offices", "/_next/static/x.js", "/es/manifest.webmanifest", "/sw.js", "/xx/directory"]) {
      expect(isPublicPagePath(path)).toBe(false);
    }
  });
});

describe("errorPageHtml", () => {
  it("says in the reader's language that the page was not found, with the way out and ways on", () => {
    const html = errorPageHtml("en", 404, "abc");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("We could not find this page");
    expect(html).toContain('<a href="https://www.wikipedia.org/" rel="noreferrer">Quick exit</a>');
    expect(html).toContain('<a href="/en/directory">');
    expect(errorPageHtml("es", 500, "abc")).toContain("Algo salió mal");
  });
});

describe("servePlainPages behind `next start`'s compression", () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // Like Next: compression middleware first, headers, then the page streamed in pieces.
    const next = (req: IncomingMessage, res: ServerResponse) => {
      compress(req, res, () => {});
      const shell = req.url?.includes("missing");
      res.statusCode = shell ? 404 : 200;
      res.setHeader("content-type", req.url?.endsWith(".json") ? "application/json" : "text/html; charset=utf-8");
      res.setHeader("content-security-policy", "script-src 'nonce-N'");
      if (shell) {
        res.end('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""><!--$--><!--/$--></div></body></html>');
        return;
      }
      res.flushHeaders();
      const half = Math.floor(page.length / 2);
      res.write(page.slice(0, half));
      setTimeout(() => res.end(page.slice(half)), 5);
    };
    server = createServer(servePlainPages(next));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const raw = (path: string, encoding: string) =>
    new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      get(new URL(path, base), { headers: { "accept-encoding": encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });

  it("sends a public page without the runtime, gzipped whole with its length", async () => {
    const { headers, body } = await raw("/es/directorio", "gzip, br");
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["transfer-encoding"]).toBeUndefined();
    expect(Number(headers["content-length"])).toBe(body.length);
    expect(headers.vary).toMatch(/accept-encoding/i);
    const html = gunzipSync(body).toString();
    expect(html).toBe(withoutClientRuntime(page));
  });

  it("sends it uncompressed to a client that does not take gzip", async () => {
    const { headers, body } = await raw("/es/directorio", "identity");
    expect(headers["content-encoding"]).toBeUndefined();
    expect(body.toString()).toBe(withoutClientRuntime(page));
  });

  it("leaves the admin area's pages as Next wrote them, runtime and compression included", async () => {
    const { headers, body } = await raw("/es/admin/offices", "gzip");
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["transfer-encoding"]).toBe("chunked");
    expect(gunzipSync(body).toString()).toBe(page);
  });

  it("answers Next's empty not-found shell with the translated not-found page, still a 404", async () => {
    const { status, headers, body } = await raw("/en/organizations/missing", "gzip");
    expect(status).toBe(404);
    expect(headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'nonce-/);
    const html = gunzipSync(body).toString();
    expect(html).toContain("We could not find this page");
    expect(html).not.toContain("__next_error__");
  });
});
