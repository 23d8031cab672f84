// Chooses the driver adapter: PostgreSQL through node-postgres when
// DATABASE_URL is set, otherwise the embedded PGlite database on disk.
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { markDatabaseUnavailable } from "@/lib/db/availability";
import { isDatabaseUnavailableError } from "@/lib/db/connection-errors";
import { lockDataDir } from "@/lib/db/pglite-lock";
import { databaseTarget, type DatabaseTarget } from "@/lib/db/target";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  target: DatabaseTarget;
  /** Releases the connection pool or the embedded database (and its lock). */
  close: () => Promise<void>;
  pglite?: PGlite;
};

// The PostgreSQL extensions search needs (a migration creates them); a server
// has them in its contrib package, PGlite loads them into each instance.
const pgliteOptions: PGliteOptions = { extensions: { unaccent, pg_trgm } };

/**
 * pglite-prisma-adapter's shadow database (used to diff migrations) is a bare
 * PGlite without extensions, where CREATE EXTENSION fails: give it ours.
 */
function pgliteFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => new PrismaPGlite(await PGlite.create(pgliteOptions)).connect(),
  };
}

export { isDatabaseUnavailableError };

function noticeConnectionError(error: unknown) {
  if (isDatabaseUnavailableError(error)) markDatabaseUnavailable();
}

/**
 * A pg client that reports its connection failing, where it fails: a refused
 * or timed-out connect, or an idle or busy connection dropped (pg emits "error"
 * on the client). Pages then answer 503 from the next request on instead of
 * waiting for the availability probe's next turn.
 */
class WatchedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on("error", noticeConnectionError);
  }

  // pg-pool connects with a callback; a script may await the promise.
  override connect(): Promise<pg.Client>;
  override connect(callback: (error: Error | null) => void): void;
  override connect(callback?: (error: Error | null) => void): Promise<pg.Client> | void {
    if (!callback) {
      return super.connect().catch((error: unknown) => {
        noticeConnectionError(error);
        throw error;
      });
    }
    super.connect((error: Error | null) => {
      if (error) noticeConnectionError(error);
      callback(error);
    });
  }
}

/**
 * Opens the adapter without waiting: PGlite finishes starting in the
 * background and Prisma waits for it on the first query.
 */
export function openAdapterSync(target: DatabaseTarget = databaseTarget()): OpenedAdapter {
  if (target.kind === "postgres") {
    // Our own pool, so that scripts can end it instead of lingering on its idle timeout.
    // No parallel workers: a page sends short queries at the same time, and starting
    // workers for one of them cost more than they saved (the directory's counts for a
    // city: 18 ms with two workers, 9 ms without, on 20,000 offices and two cores).
    // PGlite has none either. An `options` parameter in DATABASE_URL takes precedence.
    const pool = new pg.Pool({
      connectionString: target.url,
      connectionTimeoutMillis: 3000,
      max: 10,
      options: "-c max_parallel_workers_per_gather=0",
      Client: WatchedClient,
    });
    // A dropped idle connection must not crash the server (WatchedClient has
    // reported it); the next query reconnects.
    pool.on("error", () => {});
    return { factory: new PrismaPg(pool), target, close: () => pool.end() };
  }
  const release = lockDataDir(target.dataDir);
  try {
    const pglite = new PGlite(target.dataDir, pgliteOptions);
    return {
      factory: pgliteFactory(pglite),
      target,
      pglite,
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the adapter and, for PGlite, waits until the database has started (or failed to). */
export async function openAdapter(target: DatabaseTarget = databaseTarget()): Promise<OpenedAdapter> {
  const opened = openAdapterSync(target);
  if (opened.pglite) {
    try {
      await opened.pglite.waitReady;
    } catch (error) {
      await opened.close().catch(() => {});
      throw error;
    }
  }
  return opened;
}

/** An in-memory PGlite: the shadow database for diffing migrations, and throwaway test databases. */
export async function openMemoryAdapter(): Promise<OpenedAdapter> {
  const pglite = await PGlite.create(pgliteOptions);
  return { factory: pgliteFactory(pglite), target: { kind: "pglite", dataDir: "memory://" }, pglite, close: () => pglite.close() };
}
