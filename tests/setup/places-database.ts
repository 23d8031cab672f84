// A new test database with only the seed's states and cities: what an import
// into an empty directory starts from.
import type { SeedData } from "@/prisma/seed/read-seed-files";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-database";

export async function createPlacesOnlyDatabase(seed: SeedData): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await database.prisma.state.createMany({ data: seed.places.states.map(({ cities: _cities, ...state }) => state) });
  await database.prisma.city.createMany({
    data: seed.places.states.flatMap((state) => state.cities.map(({ coordinates, ...city }) => ({ ...city, ...coordinates, stateId: state.id }))),
  });
  return database;
}
