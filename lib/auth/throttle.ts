import "server-only";
import { Prisma, type PrismaClient } from "@/prisma/generated/client";

/**
 * Attempt budgets per key, kept in the database so that several app instances
 * count together. Asking "may this attempt proceed?" and counting it are one
 * statement (`reserveAttempt`): reading the count first and writing it after
 * the password check let a burst of simultaneous guesses all pass the check.
 */
export type ThrottlePolicy = {
  windowSeconds: number;
  /** From this many attempts on, each further attempt waits a little longer. */
  slowAfter: number;
  /** The attempt that reaches this count is the last one the window allows. */
  lockAfter: number;
  lockSeconds: number;
};

export const signInAccountPolicy: ThrottlePolicy = { windowSeconds: 15 * 60, slowAfter: 3, lockAfter: 5, lockSeconds: 15 * 60 };
export const signInAddressPolicy: ThrottlePolicy = { windowSeconds: 15 * 60, slowAfter: 10, lockAfter: 20, lockSeconds: 15 * 60 };
/** A browser that signed in before (lib/auth/device-cookie.ts) has a budget of its own. */
export const signInDevicePolicy: ThrottlePolicy = { windowSeconds: 15 * 60, slowAfter: 3, lockAfter: 5, lockSeconds: 15 * 60 };
export const reportAddressPolicy: ThrottlePolicy = { windowSeconds: 60 * 60, slowAfter: Infinity, lockAfter: 5, lockSeconds: 60 * 60 };

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** One attempt counted on every key; give it back when it should not count (a success, a refused write). */
export type Reservation = { held: { key: ThrottleKey; windowStart: Date }[]; delayMs: number; lockedSeconds: number };
export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAfterSeconds: number };

/** Rows whose window and lock are both over, deleted per write: enough to outpace any rate of new keys. */
const expireBatch = 100;

// Bound dates reach PostgreSQL untyped; inside CASE and GREATEST they would be resolved as text.
const timestamp = (value: Date | null) => Prisma.sql`${value}::timestamp(3)`;

type Reserved = { failures: number; windowStart: Date; lockedUntil: Date | null };

// Within budget: a new row, a row whose window or lock is over (it starts again at 1), or a row under the
// limit. ON CONFLICT DO UPDATE takes the row lock and re-checks WHERE on the latest row, so concurrent
// attempts queue on the key; when WHERE is false nothing is written and nothing is returned.
async function reserveOne(prisma: PrismaClient, { key, policy }: ThrottleKey, now: Date): Promise<Reserved | undefined> {
  const windowCutoff = new Date(now.getTime() - policy.windowSeconds * 1000);
  const lockUntil = new Date(now.getTime() + policy.lockSeconds * 1000);
  const windowEnd = new Date(now.getTime() + policy.windowSeconds * 1000);
  const lockOnFirst = policy.lockAfter <= 1 ? lockUntil : null;
  const firstExpiry = lockOnFirst && lockUntil > windowEnd ? lockUntil : windowEnd;
  const reachesLimit = Prisma.sql`"Throttle"."failures" + 1 >= ${policy.lockAfter}::integer`;
  const fresh = Prisma.sql`("Throttle"."windowStart" < ${timestamp(windowCutoff)} OR "Throttle"."lockedUntil" <= ${timestamp(now)})`;
  const rows = await prisma.$queryRaw<Reserved[]>`
    INSERT INTO "Throttle" ("key", "failures", "windowStart", "lockedUntil", "expiresAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${lockOnFirst}, ${firstExpiry}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${fresh} THEN 1 ELSE "Throttle"."failures" + 1 END,
      "windowStart" = CASE WHEN ${fresh} THEN ${timestamp(now)} ELSE "Throttle"."windowStart" END,
      "lockedUntil" = CASE WHEN ${fresh} THEN ${timestamp(lockOnFirst)} WHEN ${reachesLimit} THEN ${timestamp(lockUntil)} ELSE NULL END,
      "expiresAt" = CASE WHEN ${fresh} THEN ${timestamp(firstExpiry)}
        WHEN ${reachesLimit} THEN GREATEST("Throttle"."expiresAt", ${timestamp(lockUntil)}) ELSE "Throttle"."expiresAt" END,
      "updatedAt" = ${now}
    WHERE ${fresh} OR ("Throttle"."failures" < ${policy.lockAfter}::integer AND "Throttle"."lockedUntil" IS NULL)
    RETURNING "failures", "windowStart", "lockedUntil"`;
  return rows[0];
}

/**
 * Counts one attempt on every key, in order, if each is within its budget; if one is not, the attempts
 * already counted are given back and the answer says how long to wait. Put the key an attacker controls
 * least first (the address before the account), so a refused burst holds the others as briefly as possible.
 */
export async function reserveAttempt(prisma: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<ReserveResult> {
  await expireThrottleRows(prisma, now);
  const reservation: Reservation = { held: [], delayMs: 0, lockedSeconds: 0 };
  for (const throttleKey of keys) {
    const row = await reserveOne(prisma, throttleKey, now);
    if (!row) {
      await giveBackAttempt(prisma, reservation, now);
      return { ok: false, retryAfterSeconds: await secondsLocked(prisma, throttleKey, now) };
    }
    reservation.held.push({ key: throttleKey, windowStart: row.windowStart });
    const over = row.failures - throttleKey.policy.slowAfter;
    if (over > 0) reservation.delayMs = Math.max(reservation.delayMs, Math.min(500 * 2 ** (over - 1), 4000));
    if (row.lockedUntil) reservation.lockedSeconds = Math.max(reservation.lockedSeconds, Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000));
  }
  return { ok: true, reservation };
}

/** Uncounts a reserved attempt (only in the window it was counted in), lifting a lock it set. */
export async function giveBackAttempt(prisma: PrismaClient, reservation: Reservation, now = new Date()): Promise<void> {
  for (const { key, windowStart } of reservation.held) {
    await prisma.$executeRaw`
      UPDATE "Throttle" SET
        "failures" = GREATEST("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "failures" - 1 < ${key.policy.lockAfter}::integer THEN NULL ELSE "lockedUntil" END,
        "updatedAt" = ${now}
      WHERE "key" = ${key.key} AND "windowStart" = ${windowStart}`;
  }
  reservation.held = [];
}

/** Seconds until a refused key may try again: its lock, or else the end of its window. */
async function secondsLocked(prisma: PrismaClient, { key, policy }: ThrottleKey, now: Date): Promise<number> {
  const row = await prisma.throttle.findUnique({ where: { key }, select: { windowStart: true, lockedUntil: true } });
  const until = row?.lockedUntil?.getTime() ?? (row ? row.windowStart.getTime() + policy.windowSeconds * 1000 : now.getTime());
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

export async function clearEvents(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.throttle.deleteMany({ where: { key } });
}

/**
 * Deletes a bounded batch of rows whose window and lock are both over (they count as nothing: the next
 * attempt would start them again at 1). Called on every reservation, so no background job is needed.
 * FOR UPDATE re-checks each row as it is locked, so a row a reservation just renewed is kept; SKIP LOCKED
 * lets simultaneous clean-ups take different rows instead of waiting on (or deadlocking with) each other.
 */
export async function expireThrottleRows(prisma: PrismaClient, now = new Date(), limit = expireBatch): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "Throttle" WHERE "key" IN (
      SELECT "key" FROM "Throttle" WHERE "expiresAt" < ${timestamp(now)}
      ORDER BY "expiresAt" LIMIT ${limit}::integer FOR UPDATE SKIP LOCKED)`;
}
