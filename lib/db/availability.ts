// Whether the PostgreSQL server answers, checked by the proxy before a page
// renders so that an outage gets a proper 503 page instead of a crash, and the
// site recovers by itself once the server is back. The answer is cached
// briefly: one cheap probe every few seconds, not one per request.
// The embedded database lives inside this process, so it is not probed.
import pg from "pg";
import { databaseTarget } from "@/lib/db/target";

const healthyFor = 5_000;
const unhealthyFor = 1_000;

let cached: { available: boolean; until: number } | undefined;
let inFlight: Promise<boolean> | undefined;

async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500, query_timeout: 1_500 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

export async function isDatabaseAvailable(now: number = Date.now()): Promise<boolean> {
  const target = databaseTarget();
  if (target.kind !== "postgres") return true;
  if (cached && now < cached.until) return cached.available;
  inFlight ??= probe(target.url).then((available) => {
    cached = { available, until: Date.now() + (available ? healthyFor : unhealthyFor) };
    inFlight = undefined;
    return available;
  });
  return inFlight;
}
