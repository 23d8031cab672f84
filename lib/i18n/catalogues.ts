// The message catalogues, for code that translates outside a page render (the
// request config, CSV and HSDS exports, the standalone HTML pages). A locale
// gets its catalogue by adding messages/<locale>.json and one line below; a
// locale without one, or a message missing from one, falls back to the
// default locale's, so a page never shows a raw key.
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import ht from "@/messages/ht.json";
import pt from "@/messages/pt.json";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

export type Messages = typeof es;
/** A message catalogue: namespaces of messages, nested. */
export type Tree = { [key: string]: string | Tree };

/** Every catalogue on file, by locale code (keyed by string: a code may be written before it is enabled). */
export const catalogues: Readonly<Record<string, Tree>> = { es, en, fr, ht, pt };

function withFallback(own: Tree, fallback: Tree): Tree {
  return Object.fromEntries(
    Object.entries(fallback).map(([key, value]) => {
      const mine = own[key];
      if (typeof value === "string") return [key, typeof mine === "string" && mine.trim() ? mine : value];
      return [key, withFallback(mine && typeof mine === "object" ? mine : {}, value)];
    }),
  );
}

const cache = new Map<string, Messages>();

/** The messages of `locale`, each missing one taken from the default locale's catalogue. */
export function messagesFor(locale: Locale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    const fallback = catalogues[defaultLocale]!;
    const own = catalogues[locale];
    messages = (own && locale !== defaultLocale ? withFallback(own, fallback) : fallback) as Messages;
    cache.set(locale, messages);
  }
  return messages;
}
