/** Lowercase without accents — the same folding as amparo_fold() in the database. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
