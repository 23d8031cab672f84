// The states and cities of the seed (prisma/seed/data/places.json) as the
// search reads them from the database: the places of the unit tests.
import places from "@/prisma/seed/data/places.json";
import type { KnownPlace } from "@/lib/search/understand";

export const seedPlaces: KnownPlace[] = places.states.flatMap((state) => [
  { kind: "state" as const, slug: state.slug, stateSlug: state.slug, names: Object.values(state.name) },
  ...state.cities.map((city) => ({ kind: "city" as const, slug: city.slug, stateSlug: state.slug, names: Object.values(city.name) })),
]);
