// Security headers. Pages get a Content-Security-Policy with a fresh nonce
// per request (set in the proxy; Next adds the nonce to its own inline
// scripts); everything else gets the static headers from next.config.ts.
// No other origin is allowed for anything: public pages make no third-party
// request, and nobody may frame the site (clickjacking).
import { locales } from "../i18n/locales";
import { getPathname } from "../i18n/paths";

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function pageContentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the development server's React tooling.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The offline service worker (public/sw.js) and the web app manifest. Without worker-src the
    // worker would fall back to script-src, where 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Nothing on the site uses these browser features, except geolocation for the
 * "near me" distances, allowed (to this origin only) on the pages that offer them.
 */
export function permissionsPolicy({ geolocation = false } = {}): string {
  return `camera=(), microphone=(), geolocation=(${geolocation ? "self" : ""}), payment=(), usb=(), interest-cohort=()`;
}

/**
 * The pages with "near me" distances: the directory in each language. Imported
 * relatively (here and in lib/i18n's locales, routing and paths) because
 * next.config.ts, which reads this list, does not resolve the "@/" alias.
 */
export const geolocationPages: readonly string[] = locales.map((locale) => getPathname({ href: "/directory", locale }));

/** The nonce of a policy made by pageContentSecurityPolicy, for a script a page adds itself. */
export function nonceFromPolicy(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}

/** Sent with every response, pages and API alike. */
export const staticSecurityHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: permissionsPolicy() },
] as const;

/** For responses that are not pages (API, files): nothing may run or be framed. */
export const nonPageContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
