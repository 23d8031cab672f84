// What a write tells the cached pages (decision 025): the tags of the pages it
// made stale, to this instance's cache at once and to every other instance
// through PostgreSQL's NOTIFY (lib/cache/listener.ts hears it). Called after
// the write has committed, so no instance can render the old data again.
import type { PrismaClient } from "@/prisma/generated/client";
import { pageCache, type CacheTag } from "@/lib/cache/page-cache";

/** The channel every instance LISTENs on. */
export const invalidationChannel = "amparo_pages";
/** NOTIFY's payload must stay under 8,000 bytes; a write that touches more pages than fit says `all`. */
const maxPayload = 7_000;

/** A payload: tags separated by spaces (slugs have none). */
export function invalidationPayload(tags: readonly string[]): string {
  const payload = [...new Set(tags)].join(" ");
  return payload.length > maxPayload ? "all" : payload;
}

export const tagsFromPayload = (payload: string | undefined) => (payload ?? "all").split(" ").filter(Boolean);

/** The pages a record's change can alter: its organisation's page and every one of its offices' pages, the lists. */
export async function tagsForRecord(prisma: PrismaClient, entityType: string, id: string): Promise<CacheTag[]> {
  if (entityType === "legal_note") {
    const note = await prisma.legalNote.findUnique({ where: { id }, select: { slug: true } });
    return note ? [`legal:${note.slug}`, "directory"] : ["all"];
  }
  const organizationId =
    entityType === "organization" ? id
    : entityType === "office" ? (await prisma.office.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId
    : entityType === "service" ? (await prisma.service.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId
    : undefined;
  if (!organizationId) return ["all"];
  const organization = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: { slug: true, offices: { select: { slug: true } } },
  });
  if (!organization) return ["all"];
  return [`organization:${organization.slug}`, ...organization.offices.map((office) => `office:${office.slug}` as const), "directory"];
}

/** Drops the pages a committed write made stale, here and on every instance listening to the database. */
export async function announceWrite(prisma: PrismaClient, tags: readonly CacheTag[]): Promise<void> {
  const payload = invalidationPayload(tags);
  pageCache().invalidate(tagsFromPayload(payload));
  try {
    await prisma.$executeRaw`SELECT pg_notify(${invalidationChannel}, ${payload})`;
  } catch (error) {
    // The write has committed; other instances keep their copies at most until the minute ends, or clear them all
    // when their listener reconnects after the outage that made this fail.
    console.error("Could not tell the other instances about a write:", error);
  }
}
