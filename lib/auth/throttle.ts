import "server-only";
import type { PrismaClient } from "@/prisma/generated/client";

/**
 * Counts events per key in a sliding-from-first-event window and locks the key
 * once `lockAfter` is reached. State lives in the database so that several app
 * instances behind a load balancer count together.
 */
export type ThrottlePolicy = {
  windowSeconds: number;
  /** From this many events on, each further attempt waits a little longer. */
  slowAfter: number;
  lockAfter: number;
  lockSeconds: number;
};

export const signInAccountPolicy: ThrottlePolicy = { windowSeconds: 15 * 60, slowAfter: 3, lockAfter: 5, lockSeconds: 15 * 60 };
export const signInAddressPolicy: ThrottlePolicy = { windowSeconds: 15 * 60, slowAfter: 10, lockAfter: 20, lockSeconds: 15 * 60 };
export const reportAddressPolicy: ThrottlePolicy = { windowSeconds: 60 * 60, slowAfter: Infinity, lockAfter: 5, lockSeconds: 60 * 60 };

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** Seconds until the longest lock among `keys` ends, or 0 when none is locked. */
export async function secondsLocked(prisma: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await prisma.throttle.findMany({ where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return until ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** How long to make the next attempt wait, growing once a key passes `slowAfter`. */
export async function slowDownMs(prisma: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await prisma.throttle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let delay = 0;
  for (const { key, policy } of keys) {
    const row = rows.find((r) => r.key === key);
    if (!row || row.windowStart.getTime() + policy.windowSeconds * 1000 < now.getTime()) continue;
    const over = row.failures - policy.slowAfter + 1;
    if (over > 0) delay = Math.max(delay, Math.min(500 * 2 ** (over - 1), 4000));
  }
  return delay;
}

/** Records one event for each key (atomically, safe under concurrency); returns true if any key is now locked. */
export async function recordEvent(prisma: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<boolean> {
  let locked = false;
  for (const { key, policy } of keys) {
    const windowCutoff = new Date(now.getTime() - policy.windowSeconds * 1000);
    const lockUntil = new Date(now.getTime() + policy.lockSeconds * 1000);
    const rows = await prisma.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "Throttle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, ${policy.lockAfter <= 1 ? lockUntil : null}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "Throttle"."windowStart" < ${windowCutoff} THEN 1 ELSE "Throttle"."failures" + 1 END,
        "windowStart" = CASE WHEN "Throttle"."windowStart" < ${windowCutoff} THEN ${now} ELSE "Throttle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN "Throttle"."windowStart" >= ${windowCutoff} AND "Throttle"."failures" + 1 >= ${policy.lockAfter} THEN ${lockUntil}
          ELSE "Throttle"."lockedUntil" END,
        "updatedAt" = ${now}
      RETURNING "lockedUntil"`;
    const until = rows[0]?.lockedUntil;
    if (until && until.getTime() > now.getTime()) locked = true;
  }
  return locked;
}

export async function clearEvents(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.throttle.deleteMany({ where: { key } });
}
