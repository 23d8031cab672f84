import type { OfficeDetail } from "@/lib/data/shape";

type Place = Pick<OfficeDetail, "address" | "city" | "kind">;

/**
 * An OpenStreetMap search for the office, or null when its address is confidential or unknown,
 * or when it is remote help: not a place to go (docs/decisions/016-remote-listings.md).
 */
export function directionsUrl({ address, city, kind }: Place): string | null {
  if (kind === "remote" || address.confidential || !address.street || !city) return null;
  const query = address.coordinates
    ? `${address.coordinates.latitude},${address.coordinates.longitude}`
    : [address.street, address.colonia, address.postalCode, city.name, city.state.name].filter(Boolean).join(", ");
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
