// What an urgent text says in one locale, and its hash: a review is kept with
// the hash of the text it was made on, so a text edited after its review is
// marked again (decision 028).
import { createHash } from "node:crypto";
import { catalogues, type Tree } from "@/lib/i18n/catalogues";
import { defaultLocale } from "@/lib/i18n/locales";
import type { UrgentText } from "@/lib/i18n/urgent-texts";

/** The content of a text in one locale: each part by name ("Home.deadlineBody", "title"), null where the locale lacks it. */
export type UrgentContent = Readonly<Record<string, string | null>>;

function nodeAt(tree: Tree | undefined, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) {
    if (!node || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

function leaves(node: string | Tree, path: string): string[] {
  if (typeof node === "string") return [path];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

/**
 * The message keys a list of paths names, as the default locale's catalogue
 * has them (a namespace path stands for every message in it). A path the
 * catalogue lacks stays as written, so a test can name it.
 */
export function expandMessageKeys(paths: readonly string[], catalogue: Tree = catalogues[defaultLocale]!): string[] {
  const keys = paths.flatMap((path) => {
    const node = nodeAt(catalogue, path);
    return node === undefined ? [path] : leaves(node, path);
  });
  return [...new Set(keys)].sort();
}

/** The messages of a "messages" urgent text in `locale`, from that locale's own catalogue (no fallback). */
export function messageContent(keys: readonly string[], locale: string, catalogue: Tree | undefined = catalogues[locale]): UrgentContent {
  return Object.fromEntries(
    expandMessageKeys(keys).map((key) => {
      const value = nodeAt(catalogue, key);
      return [key, typeof value === "string" && value.trim() ? value : null];
    }),
  );
}

export type NoteTexts = { title: unknown; summary: unknown; body: unknown };

/** A legal note's title, summary and body in `locale` (as stored, JSON keyed by locale). */
export function noteContent(note: NoteTexts, locale: string): UrgentContent {
  const pick = (value: unknown) => {
    const text = value && typeof value === "object" ? (value as Record<string, unknown>)[locale] : undefined;
    return typeof text === "string" && text.trim() ? text : null;
  };
  return { title: pick(note.title), summary: pick(note.summary), body: pick(note.body) };
}

/** Whether the locale has any of the text (a note not translated yet has nothing to review). */
export function hasContent(content: UrgentContent): boolean {
  return Object.values(content).some((value) => value !== null);
}

/** sha256 of the content, independent of the order its parts were listed in. */
export function contentHash(content: UrgentContent): string {
  const entries = Object.entries(content).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(entries)).digest("hex");
}

/** The content of any urgent text; a legal note's comes from `note` (its row, or null when there is none). */
export function urgentContent(text: UrgentText, locale: string, note: NoteTexts | null): UrgentContent {
  if (text.kind === "messages") return messageContent(text.keys, locale);
  return note ? noteContent(note, locale) : {};
}
