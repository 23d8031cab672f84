// The save flow every admin form shares: one transaction holds the write and
// its audit entry; an update names the version it was based on, checked in
// the same UPDATE, so of two saves based on one version only the first
// passes; the search index is refreshed when the record feeds it, and the
// cached pages that show the record are dropped on every instance.
import { writeAudit, type Actor } from "@/lib/audit";
import { announceWrite, tagsForRecord } from "@/lib/cache/invalidation";
import { refreshDirectoryIndex } from "@/lib/db/directory-index";
import { slugify } from "@/lib/hsds/apply-writes";
import type { AuditAction, Prisma, PrismaClient } from "@/prisma/generated/client";

export type SaveResult<S> =
  | { outcome: "saved"; id: string; version: number }
  | { outcome: "stale"; current: S; version: number }
  | { outcome: "missing" }
  /**
   * A value the schema cannot check alone (e.g. an office of another organisation); `field` is its form path,
   * `message` its key in AdminForm.errors ("invalid" when absent).
   */
  | { outcome: "refused"; field: string; message?: string };

type Client = PrismaClient | Prisma.TransactionClient;

export type AuditedEntity<S> = {
  entityType: string;
  /** Whether its rows feed the directory search (organisations, offices, services). */
  indexed: boolean;
  /** The record as its form shows it, and its version; null when there is none. */
  load: (client: Client, id: string) => Promise<{ snapshot: S; version: number } | null>;
};

/** A loaded row as `AuditedEntity.load` returns it. */
export const versioned = <R extends { version: number }, S>(row: R | null, snapshot: (row: R) => S) =>
  row ? { snapshot: snapshot(row), version: row.version } : null;

class StaleVersion extends Error {}

async function afterWrite(prisma: PrismaClient, entity: Pick<AuditedEntity<unknown>, "entityType" | "indexed">, id: string) {
  if (entity.indexed) await refreshDirectoryIndex(prisma);
  // After the refresh: a page rendered from now on finds the new data in search too.
  await announceWrite(prisma, await tagsForRecord(prisma, entity.entityType, id));
}

/** Creates a record (unpublished, by the caller's `create`) with its "create" audit entry. */
export async function createAudited<S>(
  prisma: PrismaClient,
  actor: Actor,
  entity: AuditedEntity<S>,
  create: (tx: Prisma.TransactionClient, id: string) => Promise<void>,
  after: S,
  /** A source's id derives from its key; other records get a random one. */
  id: string = crypto.randomUUID(),
): Promise<SaveResult<S>> {
  await prisma.$transaction(async (tx) => {
    await create(tx, id);
    await writeAudit(tx, actor, { action: "create", entityType: entity.entityType, entityId: id, after });
  });
  await afterWrite(prisma, entity, id);
  return { outcome: "saved", id, version: 1 };
}

/**
 * Saves over `version`. `write` runs the UPDATE … WHERE version = $version
 * (with `version: { increment: 1 }`) and returns how many rows it changed;
 * 0 means someone else saved first, and nothing of this save is kept.
 */
export async function updateVersioned<S>(
  prisma: PrismaClient,
  actor: Actor,
  entity: AuditedEntity<S>,
  id: string,
  version: number | undefined,
  write: (tx: Prisma.TransactionClient, version: number) => Promise<number>,
  after: S,
): Promise<SaveResult<S>> {
  const before = await entity.load(prisma, id);
  if (!before) return { outcome: "missing" };
  try {
    await prisma.$transaction(async (tx) => {
      if ((await write(tx, version ?? -1)) !== 1) throw new StaleVersion();
      await writeAudit(tx, actor, { action: "update", entityType: entity.entityType, entityId: id, before: before.snapshot, after });
    });
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const current = await entity.load(prisma, id);
    return current ? { outcome: "stale", current: current.snapshot, version: current.version } : { outcome: "missing" };
  }
  await afterWrite(prisma, entity, id);
  return { outcome: "saved", id, version: (version ?? 0) + 1 };
}

export type StatusOperation = "publish" | "unpublish" | "archive" | "restore";

/** The columns publish/unpublish/archive/restore set; archived rows are never published (a CHECK enforces it). */
export function statusData(operation: StatusOperation, now = new Date()) {
  return operation === "publish" ? { published: true, archivedAt: null }
    : operation === "unpublish" ? { published: false }
    : operation === "archive" ? { published: false, archivedAt: now }
    : { archivedAt: null };
}

/**
 * A button's change (publish, archive, verify …) with its audit entry. It
 * does not bump `version`: the form never writes these columns, so an open
 * form stays valid after someone presses a button.
 */
export async function changeStatusAudited<T>(
  prisma: PrismaClient,
  actor: Actor,
  entity: Pick<AuditedEntity<unknown>, "entityType" | "indexed">,
  id: string,
  action: AuditAction,
  read: (tx: Prisma.TransactionClient) => Promise<T | null>,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<boolean> {
  const changed = await prisma.$transaction(async (tx) => {
    const before = await read(tx);
    if (!before) return false;
    const after = await write(tx);
    await writeAudit(tx, actor, { action, entityType: entity.entityType, entityId: id, before, after });
    return true;
  });
  if (changed) await afterWrite(prisma, entity, id);
  return changed;
}

/** A URL slug from a name (see slugify), with a short suffix of the id so it is unique. */
export function slugFrom(name: string, id: string): string {
  return `${slugify(name) || "ficha"}-${id.slice(0, 8)}`;
}
