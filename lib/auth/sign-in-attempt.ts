import "server-only";
import { deviceNonce, issueDeviceCookie } from "@/lib/auth/device-cookie";
import { resolveAuthSecret } from "@/lib/auth/secret";
import {
  clearEvents,
  giveBackAttempt,
  reserveAttempt,
  signInAccountPolicy,
  signInAddressPolicy,
  signInDevicePolicy,
  type ReserveResult,
  type ThrottleKey,
} from "@/lib/auth/throttle";
import type { PrismaClient } from "@/prisma/generated/client";

export type SignInRequest = {
  /** Normalised (trimmed, lower-case), as accounts store it. */
  email: string;
  address: string;
  /** The device cookie the browser sent for this sign-in page, if any. */
  deviceCookie?: string;
};

export type SignInOutcome = { kind: "signed-in"; deviceCookie: string } | { kind: "invalid" } | { kind: "locked"; seconds: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The throttled part of signing in, around `checkPassword` (better-auth in the action). Each attempt is
 * counted before the password is checked, in one step, so no burst gets more checks than the budget.
 * A browser with a valid device cookie for the account spends its own budget and ignores the account's
 * lock; other attempts share the account's and the address's. The keys and answers are the same whether
 * or not the account exists. See docs/decisions/014-sign-in-throttling-and-device-cookies.md.
 */
export async function attemptSignIn(prisma: PrismaClient, request: SignInRequest, checkPassword: () => Promise<boolean>, wait = sleep): Promise<SignInOutcome> {
  const secret = await resolveAuthSecret(prisma);
  const nonce = deviceNonce(secret, request.email, request.deviceCookie);
  const deviceKey: ThrottleKey | null = nonce ? { key: `signin-device:${nonce}`, policy: signInDevicePolicy } : null;
  // A device that used up its own budget is locked, and its cookie then counts for nothing.
  let attempt: ReserveResult | null = deviceKey ? await reserveAttempt(prisma, [deviceKey]) : null;
  const trusted = attempt?.ok === true;
  if (!trusted) {
    attempt = await reserveAttempt(prisma, [
      { key: `signin-address:${request.address}`, policy: signInAddressPolicy },
      { key: `signin-account:${request.email}`, policy: signInAccountPolicy },
    ]);
  }
  if (!attempt?.ok) return { kind: "locked", seconds: attempt?.retryAfterSeconds ?? 0 };
  const { reservation } = attempt;
  await wait(reservation.delayMs);

  let valid: boolean;
  try {
    valid = await checkPassword();
  } catch (error) {
    // Not a wrong password (the database is down, say): it should not count.
    await giveBackAttempt(prisma, reservation);
    throw error;
  }
  if (!valid) {
    // A device's own lock is not announced: its next attempt simply counts as an untrusted one.
    return !trusted && reservation.lockedSeconds > 0 ? { kind: "locked", seconds: reservation.lockedSeconds } : { kind: "invalid" };
  }
  // A success uncounts itself only, so an owner signing in does not hand an attacker a fresh budget.
  if (trusted && deviceKey) await clearEvents(prisma, deviceKey.key);
  else await giveBackAttempt(prisma, reservation);
  return { kind: "signed-in", deviceCookie: issueDeviceCookie(secret, request.email) };
}
