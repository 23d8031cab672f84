// The rendered public pages, kept per instance (decision 025). A page is
// rendered once per distinct URL and served from here until a write makes it
// stale or its minute ends ("open now" follows the clock). Writes name what
// they touched as tags (lib/cache/invalidation.ts); every instance hears of
// them through PostgreSQL's LISTEN/NOTIFY (lib/cache/listener.ts).
//
// It lives on globalThis: the entry point (scripts/serve.ts) and the server
// actions, which run in Next's bundles in the same process, share one copy.

import { localizedPathnames } from "@/lib/i18n/routing";
import { referralParam } from "@/lib/validation/referral-list";

/** Tags a write can name: one record's own page, the pages that list records (`directory`), or every page (`all`). */
export type CacheTag = `organization:${string}` | `office:${string}` | `legal:${string}` | "directory" | "all";

type Entry = { tags: string[]; startedAt: number; expiresAt: number; bytes: number; response: CachedResponse };

/** Says whether an answer came from the cache (`hit`) or was made for this request (`miss`); tests and the bench read it. */
export const cacheStatusHeader = "x-amparo-cache";

export type CachedResponse = { status: number; headers: Record<string, string | string[]>; body: Buffer };

export type PageCache = {
  /** A ticket to store what is rendered from now on; a write between this and `store` makes the store a no-op. */
  begin(): number;
  lookup(key: string, now?: number): CachedResponse | undefined;
  store(key: string, path: string, ticket: number, response: CachedResponse, now?: number): boolean;
  invalidate(tags: readonly string[], now?: number): void;
  clear(): void;
  /** Off while this instance cannot hear other instances' writes (its listener is reconnecting): nothing is served. */
  setEnabled(enabled: boolean): void;
  readonly enabled: boolean;
  readonly size: number;
};

// Where each kind of record has an address of its own: its page, under the first segment of its page in every
// language (from the one path table, so a language added there is tagged precisely here too), and its API endpoint
// (`/api/v1/<segment>/<slug>`). A legal note has no endpoint of its own.
const recordRoutes = {
  organization: { page: "/organizations/[slug]", api: "organizations" },
  office: { page: "/offices/[slug]", api: "offices" },
  legal: { page: "/legal/[slug]", api: undefined },
} as const;
type RecordKind = keyof typeof recordRoutes;
const pageSegments: Record<string, RecordKind> = Object.fromEntries(
  Object.entries(recordRoutes).flatMap(([kind, { page }]) =>
    Object.values(localizedPathnames()[page]).map((path) => [path.split("/")[1]!, kind as RecordKind]),
  ),
);
const apiSegments: Record<string, RecordKind> = Object.fromEntries(
  Object.entries(recordRoutes).flatMap(([kind, { api }]) => (api ? [[api, kind as RecordKind]] : [])),
);
/** The API's referral list names its offices in `o`, so it is tagged with each of them, not with the lists. */
const referralListEndpoint = { path: "referrals.csv", param: referralParam, kind: "office" } as const;

/**
 * What a public page or API answer shows, from its address (path and query):
 * - an organisation's, office's or legal note's own page, and an organisation's or office's own API endpoint, is
 *   tagged with that record;
 * - the API's referral list with each office it names;
 * - the API's description (`openapi.json`) shows no record, so only `all`;
 * - every other page or endpoint (home, directory, lists, search) shows listings, so `directory`.
 */
export function tagsForPath(address: string): string[] {
  const url = new URL(address, "http://amparo.invalid");
  const segments = url.pathname.split("/").filter(Boolean).map((segment) => decodeURIComponent(segment));
  if (segments[0] === "api" && segments[1] === "v1") {
    const [, , endpoint, slug, ...rest] = segments;
    const kind = endpoint === undefined ? undefined : apiSegments[endpoint];
    if (kind && slug !== undefined && rest.length === 0) return [`${kind}:${slug}`, "all"];
    if (endpoint === referralListEndpoint.path) {
      const named = url.searchParams.getAll(referralListEndpoint.param);
      return [...new Set(named)].map((slug) => `${referralListEndpoint.kind}:${slug}`).concat("all");
    }
    if (endpoint === "openapi.json") return ["all"];
    return ["directory", "all"];
  }
  const kind = segments[1] === undefined ? undefined : pageSegments[segments[1]];
  if (kind && segments.length === 3) return [`${kind}:${segments[2]}`, "all"];
  return ["directory", "all"];
}

/** The end of the minute `now` is in: "open now" changes on the minute, so no copy outlives its minute. */
export const endOfMinute = (now: number) => Math.floor(now / 60_000) * 60_000 + 60_000;

export function createPageCache({ maxEntries = 1_000, maxBytes = 64 * 1024 * 1024 } = {}): PageCache {
  // A Map iterates in insertion order; a hit re-inserts its entry, so the first is the least recently used.
  const entries = new Map<string, Entry>();
  let totalBytes = 0;
  /** Counts writes heard; each tag remembers the count of the last write that named it. */
  let clock = 0;
  let enabled = true;
  const invalidatedAt = new Map<string, number>();

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.bytes;
  };
  const stale = (entry: Entry, now: number) =>
    now >= entry.expiresAt || entry.tags.some((tag) => (invalidatedAt.get(tag) ?? 0) > entry.startedAt);

  return {
    begin: () => clock,
    lookup(key, now = Date.now()) {
      if (!enabled) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      remove(key);
      if (stale(entry, now)) return undefined;
      entries.set(key, entry);
      totalBytes += entry.bytes;
      return entry.response;
    },
    store(key, path, ticket, response, now = Date.now()) {
      // A write heard while this page rendered may have landed before or after its queries: do not keep it.
      if (ticket !== clock || !enabled) return false;
      const bytes = response.body.length + key.length;
      if (bytes > maxBytes / 16) return false;
      remove(key);
      entries.set(key, { tags: tagsForPath(path), startedAt: ticket, expiresAt: endOfMinute(now), bytes, response });
      totalBytes += bytes;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && totalBytes <= maxBytes) break;
        remove(oldest);
      }
      return true;
    },
    invalidate(tags, now = Date.now()) {
      clock += 1;
      for (const tag of tags) invalidatedAt.set(tag, clock);
      // Drop what is already stale now, so memory follows the writes.
      for (const [key, entry] of entries) if (stale(entry, now)) remove(key);
    },
    clear() {
      clock += 1;
      invalidatedAt.set("all", clock);
      entries.clear();
      totalBytes = 0;
    },
    setEnabled(value) {
      if (!value) this.clear();
      enabled = value;
    },
    get enabled() {
      return enabled;
    },
    get size() {
      return entries.size;
    },
  };
}

declare global {
  var amparoPageCache: PageCache | undefined;
}

/** The process's cache, made on first use. */
export function pageCache(): PageCache {
  return (globalThis.amparoPageCache ??= createPageCache());
}
