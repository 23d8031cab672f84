// The status filter the admin lists share (?status=…).
export const recordFilters = ["all", "needsVerification", "unpublished", "archived"] as const;
export type RecordFilter = (typeof recordFilters)[number];

export function parseRecordFilter(value: unknown, allowed: readonly RecordFilter[] = recordFilters): RecordFilter {
  return allowed.find((filter) => filter === value) ?? "all";
}

/** The where clause for a filter; archived records show only under "archived". */
export function recordFilterWhere(filter: RecordFilter) {
  return filter === "archived" ? { archivedAt: { not: null } }
    : filter === "unpublished" ? { published: false, archivedAt: null }
    : filter === "needsVerification" ? { needsVerification: true, archivedAt: null }
    : { archivedAt: null };
}
