// The benchmark's figures. A query's rank is where its first relevant result
// stands (1 = first), or null when none is among the first `depth` results.

/** Only the first results count: a person reads the first screen or two, not page five. */
export const rankDepth = 10;
/** "Top-3 hit rate": the share of queries with a relevant result among the first three. */
export const hitCutoff = 3;

/**
 * Rank of the first of `results` (in the order shown) that `isRelevant`, or null
 * when none of the first `depth` is.
 */
export function firstRelevantRank<T>(results: readonly T[], isRelevant: (result: T) => boolean, depth = rankDepth): number | null {
  const index = results.slice(0, depth).findIndex(isRelevant);
  return index === -1 ? null : index + 1;
}

/** The better (smaller) of two ranks, null meaning "not found". */
export function bestRank(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Share of queries whose first relevant result is within the first `cutoff`. No queries: 0. */
export function hitRate(ranks: readonly (number | null)[], cutoff = hitCutoff): number {
  if (ranks.length === 0) return 0;
  return ranks.filter((rank) => rank !== null && rank <= cutoff).length / ranks.length;
}

/** Mean reciprocal rank: the mean of 1/rank, a miss counting 0. No queries: 0. */
export function meanReciprocalRank(ranks: readonly (number | null)[], depth = rankDepth): number {
  if (ranks.length === 0) return 0;
  return ranks.reduce<number>((sum, rank) => sum + (rank !== null && rank <= depth ? 1 / rank : 0), 0) / ranks.length;
}

/** A figure floored to two decimals: what the test's floor is set to from a measurement. */
export function floorTo2(value: number): number {
  // The small epsilon keeps 0.57 (0.5699999… in binary) from flooring to 0.56.
  return Math.floor(value * 100 + 1e-9) / 100;
}
