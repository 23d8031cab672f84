// Each instance on PostgreSQL LISTENs for the writes of every other one
// (lib/cache/invalidation.ts) and drops the pages they made stale. While the
// connection is down it cannot hear them, so the cache is off until it is
// back, and starts empty. On the embedded database there is one process: the
// writes invalidate this cache directly.
import pg from "pg";
import { invalidationChannel, tagsFromPayload } from "@/lib/cache/invalidation";
import { pageCache } from "@/lib/cache/page-cache";

export type Listener = { close: () => Promise<void> };

export function listenForWrites(url: string, { retryMs = 1_000 } = {}): Listener {
  const cache = pageCache();
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    cache.setEnabled(false);
    client?.removeAllListeners();
    client?.end().catch(() => {});
    client = undefined;
    if (!closed) timer ??= setTimeout(() => ((timer = undefined), void connect()), retryMs);
  };

  const connect = async () => {
    cache.setEnabled(false);
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = next;
    next.on("error", retry);
    next.on("end", retry);
    next.on("notification", (message) => {
      if (message.channel === invalidationChannel) cache.invalidate(tagsFromPayload(message.payload));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${invalidationChannel}`);
      if (client === next && !closed) cache.setEnabled(true);
    } catch {
      if (client === next) retry();
    }
  };

  void connect();
  return {
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      cache.setEnabled(false);
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      await current?.end().catch(() => {});
    },
  };
}
