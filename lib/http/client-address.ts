import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address for throttling. Behind a load balancer this is the
 * first X-Forwarded-For entry (the one the balancer saw); `next start` alone
 * sets the header from the socket.
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || list.get("x-real-ip")?.trim() || "unknown";
}
