import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * OWASP's "device cookies" against slow brute force and lock-outs: a browser
 * that signed in to an account gets a cookie signed with the site's secret,
 * naming a random nonce. Sign-ins that present it for that account are counted
 * against the nonce's own budget, so strangers failing on the account cannot
 * lock that browser out. The e-mail is part of the signature, not of the cookie,
 * so the cookie reveals nothing and proves nothing for another account.
 * https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html
 */
export const deviceCookieMaxAgeSeconds = 60 * 60 * 24 * 180;

/** Per locale: the cookie is only sent to that sign-in page (its server action posts there). */
export function deviceCookieName(locale: string): string {
  return `amparo.device.${locale}`;
}

const nonceBytes = 16;
const cookieSchema = z.string().regex(/^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/);

function signature(secret: string, email: string, nonce: string): string {
  // The purpose prefix keeps this HMAC distinct from anything else signed with the same secret.
  return createHmac("sha256", secret).update(`amparo-device-cookie\0${email}\0${nonce}`).digest("base64url");
}

/** A new cookie value for `email` (already normalised: trimmed, lower-case). */
export function issueDeviceCookie(secret: string, email: string): string {
  const nonce = randomBytes(nonceBytes).toString("base64url");
  return `v1.${nonce}.${signature(secret, email, nonce)}`;
}

/** The nonce of a cookie genuinely issued for `email`, or null for a missing, malformed, altered or other account's cookie. */
export function deviceNonce(secret: string, email: string, value: string | undefined): string | null {
  const parsed = cookieSchema.safeParse(value);
  if (!parsed.success) return null;
  const [, nonce, mac] = parsed.data.split(".") as [string, string, string];
  // Compared as text, not decoded: base64url's last character has bits a decoder ignores.
  const expected = Buffer.from(signature(secret, email, nonce));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}
