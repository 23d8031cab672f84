import { describe, expect, it } from "vitest";
import { distanceKm, listingPlace } from "@/lib/geo/distance";

const tapachula = { latitude: 14.9057, longitude: -92.2633 };
const mexicoCity = { latitude: 19.4326, longitude: -99.1332 };

describe("distanceKm", () => {
  it("is zero at the same point and symmetric", () => {
    expect(distanceKm(tapachula, tapachula)).toBe(0);
    expect(distanceKm(tapachula, mexicoCity)).toBeCloseTo(distanceKm(mexicoCity, tapachula), 6);
  });

  it("gives the known straight-line distance between two cities", () => {
    // Tapachula to Mexico City is about 870 km as the crow flies.
    expect(distanceKm(tapachula, mexicoCity)).toBeGreaterThan(850);
    expect(distanceKm(tapachula, mexicoCity)).toBeLessThan(890);
    // One degree of latitude is about 111 km.
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111.2, 1);
  });
});

describe("listingPlace", () => {
  it("prefers the office's own coordinates, then its city's centre", () => {
    const office = { address: { coordinates: { latitude: 1, longitude: 2 } } };
    expect(listingPlace(office, tapachula)).toEqual({ latitude: 1, longitude: 2, cityCentre: false });
    expect(listingPlace({ address: { coordinates: null } }, tapachula)).toEqual({ ...tapachula, cityCentre: true });
    // A confidential address has no coordinates at all (removed in lib/data/shape.ts): only the city's centre is used.
    expect(listingPlace({ address: {} }, tapachula)).toEqual({ ...tapachula, cityCentre: true });
    expect(listingPlace(null, null)).toBeNull();
  });
});

describe("distanceKm carried to the browser", () => {
  it("works from its own source text alone (the page script sends that text)", () => {
    // A reference to anything outside the function's body would throw here.
    const rebuilt = new Function(`return (${distanceKm.toString()})`)() as typeof distanceKm;
    expect(rebuilt(tapachula, mexicoCity)).toBe(distanceKm(tapachula, mexicoCity));
  });
});
