// Issue 16: the API's rate limit lived in one process's memory, so two instances behind one proxy let a client make
// twice its budget. It is now counted in the database every instance shares, in one statement per request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit, createMemoryRateLimitStore, type RateLimitStore } from "@/lib/http/rate-limit";
import { createDatabaseRateLimitStore, withFallback } from "@/lib/http/rate-limit-database";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

describe("the API rate limit, counted in the database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const rule = { limit: 5, windowMs: 60_000 };
  // The clock the site runs on: counters of windows already over are swept as the next ones start.
  const now = Date.now();

  it("counts one client together across instances, exactly, when its requests arrive at once", async () => {
    // Two instances: each has its own store object; only the database is shared.
    const instances = [createDatabaseRateLimitStore(() => database.prisma), createDatabaseRateLimitStore(() => database.prisma)];
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, index) => consumeRateLimit(instances[index % 2]!, "203.0.113.7", rule, now)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect(decisions.map((decision) => decision.remaining).sort((a, b) => b - a).slice(0, 5)).toEqual([4, 3, 2, 1, 0]);
    // Another client has a budget of its own, and the next window starts again.
    expect((await consumeRateLimit(instances[0]!, "198.51.100.2", rule, now)).remaining).toBe(4);
    expect((await consumeRateLimit(instances[1]!, "203.0.113.7", rule, now + rule.windowMs)).allowed).toBe(true);
  });

  it("sweeps expired counters as new windows begin, so the table cannot grow without bound", async () => {
    const store = createDatabaseRateLimitStore(() => database.prisma);
    await database.prisma.throttle.create({ data: { key: "api:192.0.2.1", failures: 3, windowStart: new Date("2026-01-01T00:00:00Z"), expiresAt: new Date("2026-01-01T00:01:00Z") } });
    await consumeRateLimit(store, "192.0.2.99", rule, Date.now());
    expect(await database.prisma.throttle.count({ where: { key: "api:192.0.2.1" } })).toBe(0);
  });

  it("keeps limiting in the process while the database cannot answer", async () => {
    const down: RateLimitStore = { hit: () => Promise.reject(new Error("connection refused")) };
    const store = withFallback(down, createMemoryRateLimitStore());
    const decisions = [];
    for (let index = 0; index < 7; index += 1) decisions.push(await consumeRateLimit(store, "203.0.113.8", rule, now));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false, false]);
  });
});
