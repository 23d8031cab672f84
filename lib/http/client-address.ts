import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address for throttling and rate limits. Behind a load balancer
 * this is the first X-Forwarded-For entry (the one the balancer saw); `next
 * start` alone sets the header from the socket.
 */
export function addressFromHeaders(list: Headers): string {
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || list.get("x-real-ip")?.trim() || "unknown";
}

export async function clientAddress(): Promise<string> {
  return addressFromHeaders(await headers());
}
