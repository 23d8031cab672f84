import "server-only";
// The API's rate limit counted in the database, so every instance of the site
// behind one proxy counts the same client together (issue 16: nothing that
// must be shared lives in one process). It reuses the sign-in throttle's table
// (keys prefixed "api:") and its clean-up of expired rows.
import { expireThrottleRows } from "@/lib/auth/throttle";
import type { RateLimitStore } from "@/lib/http/rate-limit";
import type { PrismaClient } from "@/prisma/generated/client";

/**
 * One statement counts the request and returns the count: a new key, or a key
 * whose stored window is older, starts at 1. ON CONFLICT takes the row's lock,
 * so simultaneous requests from one client on several instances get 1, 2, 3…
 */
export function createDatabaseRateLimitStore(prisma: () => PrismaClient): RateLimitStore {
  return {
    async hit(key, windowStart, windowMs) {
      const start = new Date(windowStart);
      const end = new Date(windowStart + windowMs);
      const now = new Date();
      const rows = await prisma().$queryRaw<{ failures: number }[]>`
        INSERT INTO "Throttle" ("key", "failures", "windowStart", "expiresAt", "updatedAt")
        VALUES (${`api:${key}`}, 1, ${start}, ${end}, ${now})
        ON CONFLICT ("key") DO UPDATE SET
          "failures" = CASE WHEN "Throttle"."windowStart" = EXCLUDED."windowStart" THEN "Throttle"."failures" + 1 ELSE 1 END,
          "windowStart" = EXCLUDED."windowStart",
          "expiresAt" = EXCLUDED."expiresAt",
          "updatedAt" = EXCLUDED."updatedAt"
        RETURNING "failures"`;
      const count = Number(rows[0]?.failures ?? 1);
      // A client's first request of a window is when rows may have gone stale: sweep a bounded batch then.
      if (count === 1) await expireThrottleRows(prisma(), now);
      return count;
    },
  };
}

/** Counts in `primary`; while it cannot answer (the database is down), in `fallback`, so the limit still holds. */
export function withFallback(primary: RateLimitStore, fallback: RateLimitStore): RateLimitStore {
  return {
    async hit(key, windowStart, windowMs) {
      try {
        return await primary.hit(key, windowStart, windowMs);
      } catch {
        return fallback.hit(key, windowStart, windowMs);
      }
    },
  };
}
