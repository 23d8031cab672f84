/**
 * Whether `a` and `b` are at most one edit apart, an edit being one letter
 * inserted, deleted, replaced, or two neighbouring letters swapped (the
 * Damerau–Levenshtein distance, restricted to 1). Linear in the words' length:
 * it runs once per typed word and vocabulary word, so it must stay cheap.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  // The first letter where the words differ.
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (lengthGap === 1) return a.slice(i + 1) === b.slice(i);
  if (lengthGap === -1) return a.slice(i) === b.slice(i + 1);
  // Same length: one letter replaced, or two neighbours swapped.
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
