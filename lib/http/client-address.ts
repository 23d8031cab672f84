import "server-only";
import { headers } from "next/headers";
import { addressBucket, clientAddressHeader, isClientAddressHeaderTrusted } from "@/lib/http/forwarded-chain";

const warning = globalThis as unknown as { amparoWarnedUntrusted?: boolean };

/**
 * The caller's address for throttling and rate limits, as the site's own
 * entry point (scripts/serve.ts) worked it out from the connection and the
 * configured number of trusted proxies (TRUSTED_PROXY_HOPS). Outside that entry
 * point (`next dev`, or `next start` run by hand) nothing vouches for any
 * header, so every client shares one budget rather than choosing its own.
 */
export function addressFromHeaders(list: Headers): string {
  const address = isClientAddressHeaderTrusted() ? list.get(clientAddressHeader)?.trim() : undefined;
  if (address) return addressBucket(address);
  if (!warning.amparoWarnedUntrusted) {
    warning.amparoWarnedUntrusted = true;
    console.warn("Client addresses are unknown: serve the site with `npm start` (scripts/serve.ts) so that per-address limits apply.");
  }
  return "unknown";
}

export async function clientAddress(): Promise<string> {
  return addressFromHeaders(await headers());
}
