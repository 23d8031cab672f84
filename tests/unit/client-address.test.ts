import { describe, expect, it } from "vitest";
import { addressBucket, normalizeAddress, resolveClientAddress } from "@/lib/http/forwarded-chain";
import { badRequestAnswer, hasMalformedPath } from "@/lib/http/entry-point";

describe("resolveClientAddress", () => {
  it("takes the connection's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    for (let i = 0; i < 5; i++) {
      // An attacker rotating the header on every request stays one client.
      expect(resolveClientAddress({ socketAddress: "203.0.113.7", forwardedFor: `198.51.100.${i}`, trustedHops: 0 })).toBe("203.0.113.7");
    }
    expect(resolveClientAddress({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, trustedHops: 0 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "198.51.100.1", trustedHops: 0 })).toBe("unknown");
  });

  it("behind one trusted proxy, takes the address that proxy appended, not the ones the client wrote before it", () => {
    const chain = { socketAddress: "10.0.0.2", trustedHops: 1 };
    expect(resolveClientAddress({ ...chain, forwardedFor: "203.0.113.9" })).toBe("203.0.113.9");
    expect(resolveClientAddress({ ...chain, forwardedFor: "1.2.3.4, 5.6.7.8, 203.0.113.9" })).toBe("203.0.113.9");
    expect(resolveClientAddress({ ...chain, forwardedFor: ["1.2.3.4", "203.0.113.9"] })).toBe("203.0.113.9");
  });

  it("behind two trusted proxies, steps back two entries", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "9.9.9.9, 203.0.113.9, 10.0.0.1", trustedHops: 2 })).toBe("203.0.113.9");
  });

  it("falls back to what it can vouch for when the chain is short or holds no address", () => {
    // A request that reached the site without passing the proxy: its oldest entry.
    expect(resolveClientAddress({ socketAddress: "203.0.113.9", forwardedFor: undefined, trustedHops: 1 })).toBe("203.0.113.9");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "not-an-address", trustedHops: 1 })).toBe("10.0.0.2");
  });

  it("normalises IPv4-mapped and bracketed addresses", () => {
    expect(normalizeAddress(" ::FFFF:192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]")).toBe("2001:db8::1");
  });
});

describe("addressBucket", () => {
  it("counts an IPv6 client by its /64, and an IPv4 client by its address", () => {
    expect(addressBucket("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressBucket("2001:db8:aa:bb:ffff::1")).toBe("2001:db8:aa:bb::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("malformed paths", () => {
  it("finds percent-encoding that does not decode, in the path only", () => {
    for (const bad of ["/%", "/es/oficinas/%FF", "/api/v1/offices/%FF", "/_next/%FF", "/%E0%A4%A"]) expect(hasMalformedPath(bad)).toBe(true);
    for (const good of ["/", "/es/oficinas/fray-mat%C3%ADas", "/es/directorio?q=%FF", "/en#%"]) expect(hasMalformedPath(good)).toBe(false);
  });

  it("answers a translated page for pages and the API's JSON error for the API, with security headers", () => {
    const page = badRequestAnswer("/en/offices/%FF");
    expect(page.status).toBe(400);
    expect(page.body).toContain('lang="en"');
    expect(page.body).toContain("Invalid address");
    expect(page.headers["X-Frame-Options"]).toBe("DENY");
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'none'/);
    expect(badRequestAnswer("/%").body).toContain("Dirección no válida");
    const api = badRequestAnswer("/api/v1/offices/%FF");
    expect(JSON.parse(api.body)).toEqual({ error: { message: expect.any(String) } });
    expect(api.headers["X-Content-Type-Options"]).toBe("nosniff");
  });
});
