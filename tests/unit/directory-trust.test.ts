import { describe, expect, it } from "vitest";
import { listingCost, minimumWithHours, offerOpenNow } from "@/lib/directory/trust";

describe("what a result card may say of the cost", () => {
  it("says free only when the organisation is marked free, or every service given there is", () => {
    expect(listingCost(true, [{ cost: "unknown" }])).toBe("free");
    expect(listingCost(null, [{ cost: "free" }, { cost: "free" }])).toBe("free");
    expect(listingCost(null, [{ cost: "free" }, { cost: "unknown" }])).toBe("unknown");
    expect(listingCost(null, [{ cost: "low_cost" }])).toBe("unknown");
    // No services: nothing to go on.
    expect(listingCost(null, [])).toBe("unknown");
  });

  it("says the organisation charges when it is marked so, whatever its services say", () => {
    expect(listingCost(false, [{ cost: "free" }])).toBe("charges");
  });
});

describe("when “open now” is offered", () => {
  it("needs half of the results, and at least a few, to publish their hours", () => {
    expect(offerOpenNow({ total: 10, withHours: 5, on: false })).toBe(true);
    expect(offerOpenNow({ total: 10, withHours: 4, on: false })).toBe(false);
    expect(offerOpenNow({ total: 4, withHours: minimumWithHours, on: false })).toBe(true);
    // Two of two is all of them, but too few to make "open now" worth a filter.
    expect(offerOpenNow({ total: 2, withHours: 2, on: false })).toBe(false);
    expect(offerOpenNow({ total: 138, withHours: 6, on: false })).toBe(false);
  });

  it("stays offered while it is on, so that it can be turned off", () => {
    expect(offerOpenNow({ total: 0, withHours: 0, on: true })).toBe(true);
  });
});
