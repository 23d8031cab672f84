import { describe, expect, it } from "vitest";
import { addressFromHeaders } from "@/lib/http/client-address";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { consumeRateLimit, createMemoryRateLimitStore } from "@/lib/http/rate-limit";

const rule = { limit: 3, windowMs: 60_000 };
const start = 1_800_000_000_000 - (1_800_000_000_000 % 60_000);

describe("fixed-window rate limiting", () => {
  it("allows the limit, refuses the next request and says when to retry", async () => {
    const store = createMemoryRateLimitStore();
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await consumeRateLimit(store, "198.51.100.1", rule, start + 15_000));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3]!.resetSeconds).toBe(45);
  });

  it("counts each address on its own and starts again in the next window", async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 3; i++) await consumeRateLimit(store, "a", rule, start);
    expect((await consumeRateLimit(store, "a", rule, start + 1)).allowed).toBe(false);
    expect((await consumeRateLimit(store, "b", rule, start + 1)).allowed).toBe(true);
    expect((await consumeRateLimit(store, "a", rule, start + 60_000)).allowed).toBe(true);
  });

  it("forgets old windows once many addresses were seen", async () => {
    const store = createMemoryRateLimitStore({ sweepAbove: 2 });
    for (const key of ["a", "b", "c"]) await consumeRateLimit(store, key, rule, start);
    // The sweep must not reset a current window: "c" keeps its count.
    await consumeRateLimit(store, "c", rule, start + 60_000);
    await consumeRateLimit(store, "c", rule, start + 60_000);
    expect((await consumeRateLimit(store, "c", rule, start + 60_000)).remaining).toBe(0);
  });
});

describe("addressFromHeaders", () => {
  it("believes the entry point's address header only once the entry point vouches for it", () => {
    const spoofed = new Headers({ [clientAddressHeader]: "203.0.113.9", "x-forwarded-for": "198.51.100.4" });
    // Without the entry point (next dev, a bare next start) nothing vouches for any header: one shared budget.
    expect(addressFromHeaders(spoofed)).toBe("unknown");
    trustClientAddressHeader();
    expect(addressFromHeaders(spoofed)).toBe("203.0.113.9");
    expect(addressFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.4" }))).toBe("unknown");
    expect(addressFromHeaders(new Headers({ [clientAddressHeader]: "2001:db8:1:2:3:4:5:6" }))).toBe("2001:db8:1:2::/64");
  });
});
