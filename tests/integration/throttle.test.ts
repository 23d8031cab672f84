import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expireThrottleRows,
  giveBackAttempt,
  reserveAttempt,
  signInAccountPolicy,
  signInAddressPolicy,
  type ThrottleKey,
} from "@/lib/auth/throttle";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000);

describe("throttle budgets in the database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const keysFor = (name: string): ThrottleKey[] => [
    { key: `signin-address:${name}`, policy: signInAddressPolicy },
    { key: `signin-account:${name}@example.org`, policy: signInAccountPolicy },
  ];

  it("lets exactly the budget through out of forty simultaneous attempts", async () => {
    const keys = keysFor("burst");
    const results = await Promise.all(Array.from({ length: 40 }, () => reserveAttempt(database.prisma, keys)));
    expect(results.filter((r) => r.ok)).toHaveLength(signInAccountPolicy.lockAfter);
    const account = await database.prisma.throttle.findUniqueOrThrow({ where: { key: keys[1]!.key } });
    expect(account.failures).toBe(signInAccountPolicy.lockAfter);
    // The refused attempts gave back what they had taken from the address.
    const address = await database.prisma.throttle.findUniqueOrThrow({ where: { key: keys[0]!.key } });
    expect(address.failures).toBe(signInAccountPolicy.lockAfter);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false });
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("slows from the 4th attempt, locks with the 5th for 15 minutes, and a given-back attempt lifts the lock", async () => {
    const keys = keysFor("steady");
    const delays: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await reserveAttempt(database.prisma, keys);
      if (!result.ok) throw new Error(`attempt ${i + 1} refused`);
      delays.push(result.reservation.delayMs);
      expect(result.reservation.lockedSeconds).toBe(0);
    }
    expect(delays).toEqual([0, 0, 0, 500]);
    const fifth = await reserveAttempt(database.prisma, keys);
    if (!fifth.ok) throw new Error("the 5th attempt is within the budget");
    expect(fifth.reservation.lockedSeconds).toBeGreaterThan(14 * 60);
    expect(await reserveAttempt(database.prisma, keys)).toMatchObject({ ok: false });
    // The 5th was the right password: giving it back reopens the account.
    await giveBackAttempt(database.prisma, fifth.reservation);
    expect(await reserveAttempt(database.prisma, keys)).toMatchObject({ ok: true });
    // Another instance, later, sees the lock end with the window.
    expect(await reserveAttempt(database.prisma, keys)).toMatchObject({ ok: false });
    expect(await reserveAttempt(database.prisma, keys, minutes(16))).toMatchObject({ ok: true });
  });

  it("deletes rows whose window and lock are over, a bounded batch per write, and keeps the rest", async () => {
    const past = minutes(-90);
    for (let i = 0; i < 5; i += 1) await reserveAttempt(database.prisma, [{ key: `old:${i}`, policy: signInAccountPolicy }], past);
    const longLock = { windowSeconds: 60, slowAfter: Infinity, lockAfter: 1, lockSeconds: 2 * 60 * 60 };
    await reserveAttempt(database.prisma, [{ key: "old:still-locked", policy: longLock }], past);
    const count = (prefix: string) => database.prisma.throttle.count({ where: { key: { startsWith: prefix } } });
    expect(await count("old:")).toBe(6);

    expect(await expireThrottleRows(database.prisma, new Date(), 2)).toBe(2);
    expect(await count("old:")).toBe(4);
    // Any reservation clears what has expired, so no background job is needed.
    await reserveAttempt(database.prisma, [{ key: "fresh:1", policy: signInAccountPolicy }]);
    expect(await count("old:")).toBe(1);
    expect(await database.prisma.throttle.findUnique({ where: { key: "old:still-locked" } })).not.toBeNull();
    expect(await count("fresh:")).toBe(1);
  });
});
