export type Coordinates = { latitude: number; longitude: number };

/** Where a result is, for "near me": the office itself, or its city's centre when `cityCentre`. */
export type ListingPlace = Coordinates & { cityCentre: boolean };

/**
 * Great-circle (haversine) distance in km: straight-line, not by road, which is why pages say "≈".
 * Self-contained (nothing from outside its body): the page script carries its source to the browser
 * (components/layout/page-script.tsx).
 */
export function distanceKm(from: Coordinates, to: Coordinates): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  // 6371 km: the Earth's mean radius.
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The point a distance is measured to: the office's own coordinates (never
 * present for a confidential address, see lib/data/shape.ts), else the centre
 * of its city, else none.
 */
export function listingPlace(
  office: { address: { coordinates?: Coordinates | null } } | null,
  cityCentre: Coordinates | null,
): ListingPlace | null {
  const own = office?.address.coordinates;
  if (own) return { ...own, cityCentre: false };
  return cityCentre ? { ...cityCentre, cityCentre: true } : null;
}
