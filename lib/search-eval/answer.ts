// Which legal notes a search gives as its answer to a question, in the order given.
// The directory search is learning to answer questions with legal notes, and the
// field that carries them is not settled: `answer` (one note or a list),
// `answers` or `legalNotes`, each note an object with a `slug` (or holding one in
// `note`), or a bare slug. Anything else counts as no answer, never as an error,
// so the benchmark runs before and after that change.

const answerFields = ["answer", "answers", "legalNotes", "legalNote"] as const;

function noteSlug(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.slug === "string") return record.slug;
  return record.note === undefined ? null : noteSlug(record.note);
}

export function answeredLegalNotes(searchResult: unknown): string[] {
  if (typeof searchResult !== "object" || searchResult === null) return [];
  const record = searchResult as Record<string, unknown>;
  const slugs: string[] = [];
  for (const field of answerFields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const slug = noteSlug(item);
      if (slug !== null && !slugs.includes(slug)) slugs.push(slug);
    }
  }
  return slugs;
}
