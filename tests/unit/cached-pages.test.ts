// Decision 025: only what every visitor sees alike is kept, and a kept page is served as it was sent.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { cacheKeyOf } from "@/lib/http/cached-pages";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers: { "accept-encoding": "gzip, deflate", ...headers } }) as unknown as IncomingMessage;

describe("which requests share a cached page", () => {
  it("keys a public page by its URL and how it is compressed", () => {
    expect(cacheKeyOf(request("/es/directorio?q=abogado"))).toBe("gzip /es/directorio?q=abogado");
    expect(cacheKeyOf(request("/en/offices/comar-tapachula", { "accept-encoding": "" }))).toBe("identity /en/offices/comar-tapachula");
    expect(cacheKeyOf(request("/es", { cookie: "NEXT_LOCALE=es" }))).toBe("gzip /es");
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
