import "server-only";
// The states and cities a query can name, read from the database once and
// kept: places come from the seed (prisma/seed/data/places.json), which only
// runs before the site starts, so a copy per database client is enough. It is
// read again after a while anyway, for a seed run against a server in use.
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { KnownPlace } from "@/lib/search/understand";
import { pickLocalized } from "@/lib/validation/localized-text";
import type { PrismaClient } from "@/prisma/generated/client";

export type SearchPlaces = {
  places: KnownPlace[];
  /** A place's name in the reader's language, by `kind:slug`. */
  name: (place: { kind: "state" | "city"; slug: string }, locale: Locale) => string;
};

const keepFor = 10 * 60 * 1000;
const cache = new WeakMap<PrismaClient, { at: number; places: Promise<SearchPlaces> }>();

async function readPlaces(client: PrismaClient): Promise<SearchPlaces> {
  const [states, cities] = await Promise.all([
    client.state.findMany({ select: { slug: true, name: true } }),
    client.city.findMany({ select: { slug: true, name: true, state: { select: { slug: true } } } }),
  ]);
  const names = new Map<string, unknown>();
  const textsOf = (name: unknown) =>
    name && typeof name === "object" ? Object.values(name).filter((text): text is string => typeof text === "string" && text.trim() !== "") : [];
  const places: KnownPlace[] = [
    ...states.map((state) => ({ kind: "state" as const, slug: state.slug, stateSlug: state.slug, names: textsOf(state.name) })),
    ...cities.map((city) => ({ kind: "city" as const, slug: city.slug, stateSlug: city.state.slug, names: textsOf(city.name) })),
  ];
  for (const state of states) names.set(`state:${state.slug}`, state.name);
  for (const city of cities) names.set(`city:${city.slug}`, city.name);
  return {
    places,
    name: (place, locale) => pickLocalized(names.get(`${place.kind}:${place.slug}`), locale)?.text ?? place.slug,
  };
}

export function loadSearchPlaces(): Promise<SearchPlaces> {
  const client = db();
  const cached = cache.get(client);
  if (cached && Date.now() - cached.at < keepFor) return cached.places;
  const places = readPlaces(client);
  cache.set(client, { at: Date.now(), places });
  // A failed read (the database was down) is not kept.
  places.catch(() => {
    if (cache.get(client)?.places === places) cache.delete(client);
  });
  return places;
}
