// What a result card and the filters may promise, from what the data holds
// (docs/decisions/022-first-minute-on-a-phone.md).

/** What the sources say of a listing's cost. */
export type ListingCost = "free" | "charges" | "unknown";

/**
 * "free" when the organisation is marked free of charge or every service given at the listing is free (each
 * such fact is backed by a citation, tests/unit/seed-provenance.test.ts); "charges" when the organisation is
 * marked as charging; otherwise the sources do not say, and the card must not promise it.
 */
export function listingCost(freeOfCharge: boolean | null, services: { cost: string }[]): ListingCost {
  if (freeOfCharge === false) return "charges";
  if (freeOfCharge || (services.length > 0 && services.every((service) => service.cost === "free"))) return "free";
  return "unknown";
}

/**
 * "Open now" hides every listing whose hours are unknown. Offered only when at least half of the results, and at
 * least `minimumWithHours` of them, publish their hours; otherwise it would hide most of the places that may well be
 * open, and show the few that happen to publish a timetable as if they were the only ones. Always offered while it is
 * on, so that it can be turned off.
 */
export const minimumWithHours = 3;

export function offerOpenNow({ total, withHours, on }: { total: number; withHours: number; on: boolean }): boolean {
  if (on) return true;
  return withHours >= minimumWithHours && withHours * 2 >= total;
}
