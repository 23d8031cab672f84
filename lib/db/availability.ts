// Whether the PostgreSQL server answers, checked by the proxy before a page
// renders so that an outage gets a proper 503 page instead of a crash, and the
// site recovers by itself once the server is back. The embedded database lives
// inside this process, so it is not probed.
//
// The state lives on globalThis because the proxy, the route handlers and the
// pages are separate bundles with their own copies of this module, and because
// the custom HTTP server (outside the Next bundle) reads
// `globalThis.amparoDatabaseDownSince` to turn a page's 500 into the 503 page.
// Its meaning is fixed: Date.now() of the last connection failure, or
// undefined while the database is believed healthy.
import pg from "pg";
import { databaseTarget } from "@/lib/db/target";

/** A healthy answer is trusted this long: one cheap probe every few seconds, not one per request. */
const healthyFor = 5_000;
/** While the database is down, it is probed again at most this often, so the site recovers by itself. */
const reprobeAfter = 1_000;

/** `failures` counts marks, so that a probe can tell whether one came while it ran (clocks tie within a millisecond). */
type ProbeState = { healthyAt?: number; probedAt?: number; failures: number; inFlight?: Promise<boolean> };

declare global {
  var amparoDatabaseDownSince: number | undefined;
  var amparoDatabaseProbe: ProbeState | undefined;
}

/** Whether a connection failure has been seen and no probe has found the server since: answers are 503s meanwhile. */
export function isDatabaseKnownDown(): boolean {
  return globalThis.amparoDatabaseDownSince !== undefined;
}

/** Called where a connection fails (the pg pool in lib/db/adapter.ts): pages answer 503 from now on. */
export function markDatabaseUnavailable(at: number = Date.now()): void {
  globalThis.amparoDatabaseDownSince = at;
  probeState().failures += 1;
}

function probeState(): ProbeState {
  return (globalThis.amparoDatabaseProbe ??= { failures: 0 });
}

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

async function runProbe(url: string, state: ProbeState): Promise<boolean> {
  const failuresBefore = state.failures;
  try {
    const available = await probe(url);
    const finished = Date.now();
    state.probedAt = finished;
    if (!available) {
      markDatabaseUnavailable(finished);
    } else {
      state.healthyAt = finished;
      // A failure noticed after this probe started is newer news than its success.
      if (state.failures === failuresBefore) globalThis.amparoDatabaseDownSince = undefined;
    }
    return available;
  } finally {
    state.inFlight = undefined;
  }
}

export async function isDatabaseAvailable(now: number = Date.now()): Promise<boolean> {
  const target = databaseTarget();
  if (target.kind !== "postgres") return true;
  const state = probeState();
  const down = isDatabaseKnownDown();
  // Down: no healthy answer counts, however recent; ask the server again once a second.
  const fresh = down ? now - (state.probedAt ?? -Infinity) < reprobeAfter : now - (state.healthyAt ?? -Infinity) < healthyFor;
  if (fresh) return !down;
  state.inFlight ??= runProbe(target.url, state);
  return state.inFlight;
}
