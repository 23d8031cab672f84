import { checkDatabaseHealth } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkDatabaseHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
