// Who is on the other end of a request, for per-address limits. Pure, so the
// HTTP entry point (scripts/serve.ts) and the tests share one definition.
//
// The chain of addresses a request passed through is the X-Forwarded-For
// entries, oldest first, followed by the address of the TCP connection. Only
// the hops we run ourselves are believable: a client can put anything in
// X-Forwarded-For, but each trusted proxy appends the address it was
// connected from. With `trustedHops` proxies in front of the site, the client
// is the entry that many places before the connection's own address.
import { isIP } from "node:net";

/** The request header the entry point sets, replacing any copy the client sent. */
export const clientAddressHeader = "x-amparo-client-address";

const trust = globalThis as unknown as { amparoClientAddressTrusted?: boolean };

/**
 * Called by the entry point that sets `clientAddressHeader` on every request:
 * from then on route handlers (bundled separately, sharing globalThis) believe it.
 */
export function trustClientAddressHeader(): void {
  trust.amparoClientAddressTrusted = true;
}

export function isClientAddressHeaderTrusted(): boolean {
  return trust.amparoClientAddressTrusted === true;
}

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const own = normalizeAddress(socketAddress ?? "");
  if (trustedHops <= 0) return own || "unknown";
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map(normalizeAddress).filter(Boolean), own];
  // Fewer entries than trusted hops: the request skipped a proxy, so its oldest entry is the best we have.
  const candidate = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  // A trusted proxy writes addresses; anything else came from the client, so fall back to the connection.
  return isIP(candidate) ? candidate : own || "unknown";
}

/**
 * The key per-address limits count under. An IPv6 client usually holds a
 * whole /64, so counting single IPv6 addresses would let it rotate through
 * 2^64 of them; its /64 prefix is the unit instead.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
