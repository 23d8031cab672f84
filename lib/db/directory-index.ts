// The directory searches materialized views (prisma/migrations/*_directory_listing)
// instead of rebuilding every listing's text per request. Whatever writes to
// organisations, offices or services must call this afterwards, or search
// shows the data as it was. It takes well under a second for the real
// directory and about two seconds for 20,000 offices.
//
// CONCURRENTLY (each view has a unique index for it) builds the new contents
// beside the old and swaps them in under a lock that reads do not wait for:
// a plain REFRESH took an ACCESS EXCLUSIVE lock, so every search waited for
// the whole refresh of every save (issue 16). Refreshes still queue behind one
// another, so saves that arrive while one runs share the next one.
import type { PrismaClient } from "@/prisma/generated/client";

const views = ["directory_listing", "directory_word", "directory_facet_all"] as const;

async function refreshViews(prisma: PrismaClient): Promise<void> {
  // Order matters: the word and count views are built from the listing view.
  for (const view of views) await prisma.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`);
}

type Pending = { running: Promise<void>; next?: Promise<void> };
const pendingByClient = new WeakMap<PrismaClient, Pending>();

/** Refreshes the directory's views; resolves once a refresh that began after this call has finished. */
export function refreshDirectoryIndex(prisma: PrismaClient): Promise<void> {
  const pending = pendingByClient.get(prisma);
  if (!pending) {
    const running = refreshViews(prisma).finally(() => {
      const current = pendingByClient.get(prisma);
      if (current?.running === running && !current.next) pendingByClient.delete(prisma);
    });
    pendingByClient.set(prisma, { running });
    return running;
  }
  // One refresh is running and may have read the tables before this write: wait for it, then one more for
  // every caller that arrived meanwhile.
  pending.next ??= pending.running
    .catch(() => {})
    .then(() => {
      const running = refreshViews(prisma).finally(() => {
        if (pendingByClient.get(prisma)?.running === running) pendingByClient.delete(prisma);
      });
      pendingByClient.set(prisma, { running });
      return running;
    });
  return pending.next;
}
