// Reads words and phrases of a vocabulary in a text: the engine under the query
// understanding (lib/search/understand.ts) and the legal-note answers
// (lib/search/legal-answer.ts). Pure and synchronous.
import { withinOneEdit } from "@/lib/search/edit-distance";
import { fold } from "@/lib/search/fold";
import { fillerWords, notTypos } from "@/lib/search/vocabulary";

/** A word of the text: as typed (`text`, at `start`–`end`) and folded (`word`, only a–z and 0–9). */
export type Token = { text: string; word: string; start: number; end: number };

/** Splits a text into words, keeping where each was typed (to rebuild the text without some of them). */
export function tokenize(text: string): Token[] {
  // Fold character by character, remembering where each folded letter came from:
  // folding can drop characters (accents typed as combining marks) or add some.
  let folded = "";
  const origin: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    const foldedCharacter = fold(character);
    for (let k = 0; k < foldedCharacter.length; k++) origin.push(index);
    folded += foldedCharacter;
    index += character.length;
  }
  origin.push(text.length);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    const start = origin[match.index]!;
    const lastOrigin = origin[match.index + match[0].length - 1]!;
    const end = lastOrigin + String.fromCodePoint(text.codePointAt(lastOrigin)!).length;
    tokens.push({ text: text.slice(start, end), word: match[0], start, end });
  }
  return tokens;
}

/** The text without the tokens at `indexes`, spaces tidied: the search with one understood part undone. */
export function textWithout(text: string, tokens: Token[], indexes: number[]): string {
  let result = "";
  let from = 0;
  for (const index of [...new Set(indexes)].sort((a, b) => a - b)) {
    const token = tokens[index];
    if (!token) continue;
    result += text.slice(from, token.start);
    from = token.end;
  }
  result += text.slice(from);
  // No space left before a closing mark ("¿cuántos días… ?" → "…?").
  return result.replace(/\s+/g, " ").replace(/\s+([?!.,;:)])/g, "$1").trim();
}

/** One word or phrase of a vocabulary and what it means. */
export type LexiconEntry<M> = { words: string[]; base: string; meanings: M[] };

export type Lexicon<M> = {
  entries: LexiconEntry<M>[];
  /** Every word of every entry: a typed word that is one of them is never read as a typo of another. */
  known: Set<string>;
};

/**
 * A form ending in "*" is a stem: one word that matches every word beginning with it ("rechaz*": rechazo, rechazó,
 * rechazaron), for verbs, whose forms are too many to list. An exact word still comes first.
 */
export const isStem = (word: string) => word.endsWith("*");
/** A shorter stem would begin too many unrelated words. */
export const minStemLength = 5;
/** A word or stem as the text is searched for it: a stem without its "*". */
export const stemText = (word: string) => (isStem(word) ? word.slice(0, -1) : word);

/** Builds a lexicon; entries with the same words merge their meanings (`sameMeaning` tells repeats apart). */
export function buildLexicon<M>(items: { forms: string[]; base: string; meaning: M }[], sameMeaning: (a: M, b: M) => boolean): Lexicon<M> {
  const byPhrase = new Map<string, LexiconEntry<M>>();
  for (const item of items) {
    for (const form of item.forms) {
      const words = form.split(" ").filter(Boolean);
      if (words.length === 0) continue;
      if (words.some(isStem) && (words.length > 1 || stemText(form).length < minStemLength)) {
        throw new Error(`a stem is one word of ${minStemLength} letters or more: "${form}"`);
      }
      const phrase = words.join(" ");
      const entry = byPhrase.get(phrase) ?? { words, base: item.base, meanings: [] };
      if (!entry.meanings.some((meaning) => sameMeaning(meaning, item.meaning))) entry.meanings.push(item.meaning);
      byPhrase.set(phrase, entry);
    }
  }
  const entries = [...byPhrase.values()];
  return { entries, known: new Set(entries.flatMap((entry) => entry.words).filter((word) => !isStem(word))) };
}

/** Typos are forgiven in words this long or longer: shorter words are too often one letter from another word. */
export const minTypoLength = 5;

function wordMatches(typed: string, expected: string, fuzzy: boolean, known: Set<string>): "exact" | "stem" | "typo" | null {
  if (typed === expected) return "exact";
  if (isStem(expected)) return typed.startsWith(stemText(expected)) ? "stem" : null;
  if (!fuzzy || typed.length < minTypoLength || expected.length < minTypoLength) return null;
  if (known.has(typed) || fillerWords.has(typed) || notTypos.has(typed) || /[0-9]/.test(typed)) return null;
  return withinOneEdit(typed, expected) ? "typo" : null;
}

export type LexiconMatch<M> = { first: number; length: number; entry: LexiconEntry<M>; corrected: boolean };

/**
 * Reads the lexicon's entries in the tokens, left to right, the longest phrase
 * first at each word ("violencia de género" before "violencia"), an exact
 * spelling before a typo. With `fuzzy`, a word of five letters or more may be
 * one edit away from the vocabulary's (Damerau–Levenshtein distance 1).
 * Returns the matches and the indexes of the tokens no entry took.
 */
export function readLexicon<M>(tokens: Token[], lexicon: Lexicon<M>, { fuzzy }: { fuzzy: boolean }) {
  const matches: LexiconMatch<M>[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Of phrases of one length, an exact one before a stem's, before a typo's.
    let best: { entry: LexiconEntry<M>; typos: number; looseness: number } | null = null;
    for (const entry of lexicon.entries) {
      const length = entry.words.length;
      if (i + length > tokens.length) continue;
      if (best && (length < best.entry.words.length || (length === best.entry.words.length && best.looseness === 0))) continue;
      let typos = 0;
      let stems = 0;
      let matched = true;
      for (let j = 0; j < length && matched; j++) {
        const outcome = wordMatches(tokens[i + j]!.word, entry.words[j]!, fuzzy, lexicon.known);
        if (outcome === null) matched = false;
        else if (outcome === "typo") typos++;
        else if (outcome === "stem") stems++;
      }
      // At most one typo per phrase, and never a phrase made only of typos of short phrases.
      if (!matched || typos > 1) continue;
      const looseness = typos * 2 + stems;
      if (!best || length > best.entry.words.length || looseness < best.looseness) best = { entry, typos, looseness };
    }
    if (best) {
      matches.push({ first: i, length: best.entry.words.length, entry: best.entry, corrected: best.typos > 0 });
      i += best.entry.words.length;
    } else {
      unmatched.push(i);
      i++;
    }
  }
  return { matches, unmatched };
}
