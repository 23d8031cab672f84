import { fold } from "@/lib/search/query";

const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The acronym to print after an organisation's name, or null when the name
 * already contains it: "Alto Comisionado … (ACNUR)" or "HIAS México" would
 * otherwise read "(ACNUR) (ACNUR)" or "HIAS México (HIAS)". Compared as whole
 * words, folded like search, so "OIM" is not found inside "Migraciones".
 */
export function acronymToShow(name: string | null | undefined, acronym: string | null | undefined): string | null {
  const short = acronym?.trim();
  if (!short) return null;
  const phrase = words(short).join(" ");
  if (!phrase) return null;
  return ` ${words(name ?? "").join(" ")} `.includes(` ${phrase} `) ? null : short;
}
