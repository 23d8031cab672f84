// HSDS gives opening times with a UTC offset, not a time zone. For an office we
// do not know yet, pick the first zone of its country that has that offset now
// (Mexico City first: most offices keep its clock).
import { utcOffset } from "@/lib/hsds/location-tables";

const candidates: Record<string, readonly string[]> = {
  MX: ["America/Mexico_City", "America/Tijuana", "America/Ciudad_Juarez", "America/Matamoros", "America/Hermosillo", "America/Mazatlan", "America/Cancun"],
  US: ["America/Los_Angeles", "America/Phoenix", "America/Denver", "America/Chicago", "America/New_York"],
};

export function timeZoneForOffset(country: string, offset: string | undefined, at: Date): string {
  const zones = candidates[country] ?? candidates.MX!;
  return zones.find((zone) => offset !== undefined && utcOffset(zone, at) === offset) ?? zones[0]!;
}
