import { describe, expect, it } from "vitest";
import { maxReferralOffices, parseReferralList, withOffice, withoutOffice } from "@/lib/validation/referral-list";

describe("the referral list in the URL", () => {
  it("keeps well-formed office slugs in order, once each, and counts what it dropped", () => {
    expect(parseReferralList(["acnur-tijuana", "<script>", "acnur-tijuana", "casa-del-migrante"])).toEqual({
      slugs: ["acnur-tijuana", "casa-del-migrante"],
      dropped: 2,
    });
    expect(parseReferralList(undefined)).toEqual({ slugs: [], dropped: 0 });
    expect(parseReferralList("one")).toEqual({ slugs: ["one"], dropped: 0 });
  });

  it("holds at most the maximum", () => {
    const many = Array.from({ length: maxReferralOffices + 2 }, (_, i) => `office-${i}`);
    expect(parseReferralList(many)).toEqual({ slugs: many.slice(0, maxReferralOffices), dropped: 2 });
  });

  it("adds at the end without repeating, and removes", () => {
    expect(withOffice(["a"], "b")).toEqual(["a", "b"]);
    expect(withOffice(["a", "b"], "a")).toEqual(["a", "b"]);
    expect(withoutOffice(["a", "b"], "a")).toEqual(["b"]);
    const full = Array.from({ length: maxReferralOffices }, (_, i) => `office-${i}`);
    expect(withOffice(full, "one-more")).toEqual(full);
  });
});
