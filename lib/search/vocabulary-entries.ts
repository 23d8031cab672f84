// How a vocabulary entry is written: a word with its plural, a Spanish word with
// its four gendered forms, or forms given one by one. Shared by the Spanish and
// English vocabulary (vocabulary.ts) and the other languages' (vocabulary-languages.ts).

export type VocabularyEntry = { forms: string[]; base: string };

/** A word and its plural: "albergue" → albergue, albergues; "mujer" → mujer, mujeres. */
export function plural(word: string, pluralForm?: string): VocabularyEntry {
  const other = pluralForm ?? (/[aeiou]$/.test(word) ? `${word}s` : `${word}es`);
  return { forms: [word, other], base: word };
}

/** A Spanish noun or adjective in -o with its feminine and plurals: "abogado" → abogado, abogada, abogados, abogadas. */
export function gendered(masculine: string): VocabularyEntry {
  const stem = masculine.slice(0, -1);
  // A short stem ("nin" of niño) would find every word that contains it: look for the forms themselves.
  return { forms: [`${stem}o`, `${stem}a`, `${stem}os`, `${stem}as`], base: stem.length >= 5 ? stem : masculine };
}

/** Forms given one by one (English plurals, irregular words, phrases). */
export function words(...forms: string[]): VocabularyEntry[] {
  return forms.map((form) => ({ forms: [form], base: form }));
}
