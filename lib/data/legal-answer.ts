import "server-only";
// The legal note that answers a search, read in the reader's language. The notes
// are scored in memory (lib/search/legal-answer.ts); their index is rebuilt only
// when a note was published, edited or withdrawn since, which one small query
// tells (the slug, version and last change of each published note).
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { bestNoteAnswer, indexNotes, type NoteIndex } from "@/lib/search/legal-answer";
import { pickLocalized, type Localized } from "@/lib/validation/localized-text";
import type { PrismaClient } from "@/prisma/generated/client";

type LoadedNotes = { signature: string; index: NoteIndex; texts: Map<string, { title: unknown; summary: unknown }> };

const cache = new WeakMap<PrismaClient, LoadedNotes>();

const textsOf = (value: unknown) =>
  value && typeof value === "object" ? Object.values(value).filter((text): text is string => typeof text === "string") : [];

async function loadNotes(client: PrismaClient): Promise<LoadedNotes> {
  const heads = await client.legalNote.findMany({ where: { published: true }, select: { slug: true, version: true, updatedAt: true }, orderBy: { slug: "asc" } });
  const signature = heads.map((head) => `${head.slug}@${head.version}@${head.updatedAt.getTime()}`).join(" ");
  const cached = cache.get(client);
  if (cached?.signature === signature) return cached;
  const notes = await client.legalNote.findMany({
    where: { published: true },
    select: { slug: true, jurisdiction: true, title: true, summary: true, body: true },
  });
  const loaded: LoadedNotes = {
    signature,
    index: indexNotes(
      notes.map((note) => ({ slug: note.slug, jurisdiction: note.jurisdiction, title: textsOf(note.title), summary: textsOf(note.summary), body: textsOf(note.body) })),
    ),
    texts: new Map(notes.map((note) => [note.slug, { title: note.title, summary: note.summary }])),
  };
  cache.set(client, loaded);
  return loaded;
}

export type LegalAnswer = {
  slug: string;
  title: Localized | null;
  /** The summary's first sentence: the answer in one line. */
  answer: Localized | null;
};

/** The first sentence of a summary ("… 30 días hábiles desde que entró a México."). */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s|$)/s.exec(text.trim());
  return (match?.[0] ?? text).trim();
}

/** The note that answers `query`, in the reader's language, or null. */
export async function findLegalAnswer(query: string, { question }: { question: boolean }, locale: Locale): Promise<LegalAnswer | null> {
  const notes = await loadNotes(db());
  const best = bestNoteAnswer(notes.index, query, { question });
  const texts = best && notes.texts.get(best.slug);
  if (!best || !texts) return null;
  const summary = pickLocalized(texts.summary, locale);
  return {
    slug: best.slug,
    title: pickLocalized(texts.title, locale),
    answer: summary && { ...summary, text: firstSentence(summary.text) },
  };
}
