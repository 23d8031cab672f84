// Decision 025: only what every visitor sees alike is kept, and each view of a kept page gets a nonce of its own.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { gunzipSync, gzipSync } from "node:zlib";
import { cacheKeyOf, keptCopy, withFreshNonce } from "@/lib/http/cached-pages";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers: { host: "amparo.example", "accept-encoding": "gzip, deflate", ...headers } }) as unknown as IncomingMessage;

describe("which requests share a cached page", () => {
  it("keys a public page by its URL and how it is compressed", () => {
    expect(cacheKeyOf(request("/es/directorio?q=abogado"))).toBe("gzip amparo.example /es/directorio?q=abogado");
    expect(cacheKeyOf(request("/en/offices/comar-tapachula", { "accept-encoding": "" }))).toBe("identity amparo.example /en/offices/comar-tapachula");
    expect(cacheKeyOf(request("/es", { cookie: "NEXT_LOCALE=es" }))).toBe("gzip amparo.example /es");
  });

  it("keeps apart what was asked for under another host name, which the page's links name", () => {
    expect(cacheKeyOf(request("/es", { host: "other.example" }))).not.toBe(cacheKeyOf(request("/es")));
  });

  it("renders for the visitor alone what may differ from one to another", () => {
    // A signed-in admin, a form post, the admin area, Next's client router, a path without its locale.
    expect(cacheKeyOf(request("/es/directorio", { cookie: "NEXT_LOCALE=es; better-auth.session_token=x" }))).toBeUndefined();
    expect(cacheKeyOf(request("/es/directorio", {}, "POST"))).toBeUndefined();
    expect(cacheKeyOf(request("/es/admin/offices"))).toBeUndefined();
    expect(cacheKeyOf(request("/es/admin"))).toBeUndefined();
    expect(cacheKeyOf(request("/es/directorio", { rsc: "1" }))).toBeUndefined();
    expect(cacheKeyOf(request("/"))).toBeUndefined();
    expect(cacheKeyOf(request("/api/v1/offices"))).toBeUndefined();
    expect(cacheKeyOf(request("/es/directorio", { "accept-encoding": "br" }))).toBeUndefined();
  });
});

describe("a kept page, as each visitor gets it", () => {
  const nonce = "QUJDREVGR0hJSktMTU5PUA==";
  const html = `<html><script nonce="${nonce}">1</script><script>self.__next_f.push([1,"nonce\\":\\"${nonce}\\""])</script></html>`;
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "content-encoding": "gzip",
    "content-length": "123",
    "transfer-encoding": "chunked",
    "content-security-policy": `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    link: `</_next/static/css/a.css>; rel=preload; as="style"; nonce="${nonce}"`,
  };

  it("gets a nonce of its own in the policy, the markup and the Link header, compressed again", () => {
    const copy = keptCopy(200, headers, gzipSync(html))!;
    expect(copy.body.toString()).toBe(html);
    expect(copy.headers["content-length"]).toBeUndefined();
    const [first, second] = [withFreshNonce(copy), withFreshNonce(copy)];
    const fresh = /'nonce-([^']+)'/.exec(String(first.headers["content-security-policy"]))![1]!;
    expect(fresh).not.toBe(nonce);
    expect(/'nonce-([^']+)'/.exec(String(second.headers["content-security-policy"]))![1]).not.toBe(fresh);
    const body = gunzipSync(first.body).toString();
    expect(body).not.toContain(nonce);
    expect(body.split(fresh)).toHaveLength(3);
    expect(first.headers.link).toContain(`nonce="${fresh}"`);
    expect(first.headers["content-length"]).toBe(String(first.body.length));
  });

  it("is not kept without a nonce to renew, nor in an encoding it cannot renew", () => {
    expect(keptCopy(200, { ...headers, "content-security-policy": "default-src 'self'" }, gzipSync(html))).toBeUndefined();
    expect(keptCopy(200, { ...headers, "content-encoding": "br" }, Buffer.from(html))).toBeUndefined();
  });
});
