// Fixed-window rate limiting for the public API. The counting lives behind
// RateLimitStore: the site counts in the database, which every instance
// shares (lib/http/rate-limit-database.ts); the in-memory store, which counts
// per process, is the fallback while the database cannot answer.

export type RateLimitStore = {
  /** Counts one request for `key` in the window starting at `windowStart` and returns the count so far. */
  hit(key: string, windowStart: number, windowMs: number): Promise<number>;
};

export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (for Retry-After and RateLimit-Reset). */
  resetSeconds: number;
};

export async function consumeRateLimit(
  store: RateLimitStore,
  key: string,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<RateLimitDecision> {
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const count = await store.hit(key, windowStart, rule.windowMs);
  return {
    allowed: count <= rule.limit,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    resetSeconds: Math.max(1, Math.ceil((windowStart + rule.windowMs - now) / 1000)),
  };
}

/** Counts in this process's memory; old windows are swept so the map cannot grow without bound. */
export function createMemoryRateLimitStore({ sweepAbove = 10_000 } = {}): RateLimitStore {
  const counts = new Map<string, { windowStart: number; count: number }>();
  return {
    async hit(key, windowStart) {
      if (counts.size > sweepAbove) {
        for (const [other, entry] of counts) if (entry.windowStart < windowStart) counts.delete(other);
      }
      const entry = counts.get(key);
      const count = entry && entry.windowStart === windowStart ? entry.count + 1 : 1;
      counts.set(key, { windowStart, count });
      return count;
    },
  };
}

// On globalThis: each route is bundled on its own, and all must share one store.
const globalForRateLimit = globalThis as unknown as { amparoRateLimitStore?: RateLimitStore };

/** The store every route counts in: the database's (see rate-limit-database.ts) unless replaced. */
export function rateLimitStore(createDefault: () => RateLimitStore = createMemoryRateLimitStore): RateLimitStore {
  globalForRateLimit.amparoRateLimitStore ??= createDefault();
  return globalForRateLimit.amparoRateLimitStore;
}

/** Replaces the store, e.g. with a shared one when the site runs on several instances. */
export function setRateLimitStore(store: RateLimitStore): void {
  globalForRateLimit.amparoRateLimitStore = store;
}
