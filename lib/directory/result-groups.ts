// The directory shows its results in groups: places in Mexico, places in each
// other country (the United States), then remote listings (phone lines, remote
// help). The query already orders them so (listingOrder in lib/data/directory-sql.ts);
// a page is cut into its runs of the same group, so a group that continues on
// the next page starts there with its heading again.

export type ResultGroupKey = "remote" | (string & {});

/** Consecutive listings of the same group, in their order. */
export function groupResults<T extends { group: ResultGroupKey }>(listings: T[]): { key: ResultGroupKey; listings: T[] }[] {
  const groups: { key: ResultGroupKey; listings: T[] }[] = [];
  for (const listing of listings) {
    const last = groups.at(-1);
    if (last && last.key === listing.group) last.listings.push(listing);
    else groups.push({ key: listing.group, listings: [listing] });
  }
  return groups;
}
