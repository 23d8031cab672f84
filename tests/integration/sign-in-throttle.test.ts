import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptSignIn, type SignInOutcome, type SignInRequest } from "@/lib/auth/sign-in-attempt";
import { signInAccountPolicy } from "@/lib/auth/throttle";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

const password = "the right passphrase";
const noWait = async () => {};

describe("sign-in throttling", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  /** One sign-in; the password check counts how often it ran, as better-auth's would. */
  function attempt(request: SignInRequest, guess: string, checks: string[], gate?: Promise<void>): Promise<SignInOutcome> {
    return attemptSignIn(
      database.prisma,
      request,
      async () => {
        checks.push(guess);
        await gate;
        return guess === password;
      },
      noWait,
    );
  }

  it("a burst beyond the budget gets no more password checks than the budget, so the right password in it fails", async () => {
    const email = "burst@example.org";
    const checks: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first guesses are still being checked (slow hashing) when the rest of the burst arrives.
    const first = Array.from({ length: signInAccountPolicy.lockAfter }, (_, i) => attempt({ email, address: "203.0.113.1" }, `wrong ${i}`, checks, gate));
    await expect.poll(() => checks.length, { timeout: 20_000 }).toBe(signInAccountPolicy.lockAfter);
    const rest = await Promise.all(
      Array.from({ length: 35 }, (_, i) => attempt({ email, address: `203.0.113.${i + 2}` }, i === 4 ? password : `wrong ${i + 5}`, checks)),
    );
    release();
    await Promise.all(first);
    expect(checks).toHaveLength(signInAccountPolicy.lockAfter);
    expect(checks).not.toContain(password);
    expect(rest.every((outcome) => outcome.kind === "locked")).toBe(true);
  });

  it("counts simultaneous attempts exactly: forty at once, five checks", async () => {
    const email = "forty@example.org";
    const checks: string[] = [];
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt({ email, address: "203.0.113.50" }, `guess ${i}`, checks)));
    expect(checks).toHaveLength(signInAccountPolicy.lockAfter);
    // Four wrong guesses say so; the fifth says the account is now locked, as do the 35 never checked.
    expect(outcomes.filter((o) => o.kind === "invalid")).toHaveLength(4);
    expect(outcomes.filter((o) => o.kind === "locked")).toHaveLength(36);
  });

  it("the owner's browser, signed in before, still signs in while attackers have the account locked", async () => {
    const email = "owner@example.org";
    const owner = await attempt({ email, address: "198.51.100.7" }, password, []);
    if (owner.kind !== "signed-in") throw new Error("the first sign-in should work");
    for (let i = 0; i < signInAccountPolicy.lockAfter; i += 1) await attempt({ email, address: `192.0.2.${i}` }, `guess ${i}`, []);
    // Without the cookie even the right password is refused...
    expect(await attempt({ email, address: "198.51.100.7" }, password, [])).toMatchObject({ kind: "locked" });
    // ...with it, the owner gets in, from any address, and gets a new cookie.
    const again = await attempt({ email, address: "198.51.100.8", deviceCookie: owner.deviceCookie }, password, []);
    expect(again.kind).toBe("signed-in");
    expect(again.kind === "signed-in" && again.deviceCookie).not.toBe(owner.deviceCookie);
  });

  it("a forged, altered or other account's device cookie counts as untrusted", async () => {
    const email = "target@example.org";
    const other = await attempt({ email: "other@example.org", address: "198.51.100.9" }, password, []);
    const mine = await attempt({ email, address: "198.51.100.9" }, password, []);
    if (other.kind !== "signed-in" || mine.kind !== "signed-in") throw new Error("the first sign-ins should work");
    for (let i = 0; i < signInAccountPolicy.lockAfter; i += 1) await attempt({ email, address: `192.0.2.${i}` }, `guess ${i}`, []);
    const last = mine.deviceCookie.at(-1) === "A" ? "B" : "A";
    const forged = [
      other.deviceCookie,
      `${mine.deviceCookie.slice(0, -1)}${last}`,
      mine.deviceCookie.replace(/^v1\.(.)/, (_, c: string) => `v1.${c === "A" ? "B" : "A"}`),
      "v1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "anything",
    ];
    for (const deviceCookie of forged) {
      expect(await attempt({ email, address: "198.51.100.9", deviceCookie }, password, []), deviceCookie).toMatchObject({ kind: "locked" });
    }
    expect((await attempt({ email, address: "198.51.100.9", deviceCookie: mine.deviceCookie }, password, [])).kind).toBe("signed-in");
  });

  it("a device that fails its own budget loses its trust: then the account's lock applies to it", async () => {
    const email = "device@example.org";
    const mine = await attempt({ email, address: "198.51.100.10" }, password, []);
    if (mine.kind !== "signed-in") throw new Error("the first sign-in should work");
    const withCookie = { email, address: "198.51.100.10", deviceCookie: mine.deviceCookie };
    const checks: string[] = [];
    for (let i = 0; i < signInAccountPolicy.lockAfter; i += 1) expect(await attempt(withCookie, `guess ${i}`, checks)).toEqual({ kind: "invalid" });
    // The cookie's budget is spent; the attempts now count on the account, which locks as usual.
    for (let i = 0; i < signInAccountPolicy.lockAfter - 1; i += 1) await attempt(withCookie, `more ${i}`, checks);
    expect(await attempt(withCookie, "last", checks)).toMatchObject({ kind: "locked" });
    expect(await attempt(withCookie, password, checks)).toMatchObject({ kind: "locked" });
    expect(checks).toHaveLength(2 * signInAccountPolicy.lockAfter);
  });
});
