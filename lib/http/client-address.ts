import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address for throttling and rate limits: the last
 * X-Forwarded-For entry, which is the one the nearest proxy appended (a
 * client can forge earlier entries, not that one). `next start` fills the
 * header from the socket when nothing in front of it did.
 */
export function addressFromHeaders(list: Headers): string {
  const forwarded = list.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || list.get("x-real-ip")?.trim() || "unknown";
}

export async function clientAddress(): Promise<string> {
  return addressFromHeaders(await headers());
}
