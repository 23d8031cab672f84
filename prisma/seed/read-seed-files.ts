// Reads and validates every data file under prisma/seed/data without touching
// a database. A broken file fails with its path, the record and the field.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  seedLegalNoteSchema,
  seedOrganizationSchema,
  seedPlacesSchema,
  seedSourcesSchema,
  type SeedLegalNote,
  type SeedOrganization,
  type SeedPlaces,
  type SeedSource,
} from "@/lib/validation/seed";

export const seedDataDir = path.join(import.meta.dirname, "data");

export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SeedFileError";
  }
}

export type SeedData = {
  places: SeedPlaces;
  sources: SeedSource[];
  organizations: SeedOrganization[];
  legalNotes: SeedLegalNote[];
};

function describeIssues(data: unknown, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.path.length ? issue.path.join(".") : "(file)";
    const record = recordName(data, issue.path);
    return `${record ? `record "${record}", ` : ""}field ${where}: ${issue.message}`;
  });
}

/** The slug of the nearest record on the issue's path, so a problem deep in a file is easy to find. */
function recordName(data: unknown, issuePath: PropertyKey[]): string | undefined {
  let node: unknown = data;
  let name: string | undefined;
  for (const key of issuePath) {
    if (node && typeof node === "object") {
      const slug = (node as Record<string, unknown>).slug;
      if (typeof slug === "string") name = slug;
      node = (node as Record<PropertyKey, unknown>)[key];
    }
  }
  return name;
}

async function parseFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new SeedFileError(relative, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new SeedFileError(relative, describeIssues(data, result.error.issues));
  return result.data;
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith(".json")).sort().map((name) => path.join(dir, name));
}

function assertUnique(kind: string, values: { key: string; file: string }[]) {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { key, file } of values) {
    const first = seen.get(key);
    if (first) problems.push(`${kind} "${key}" appears in ${first} and ${file}`);
    else seen.set(key, file);
  }
  if (problems.length) throw new SeedFileError("prisma/seed/data", problems);
}

export async function readSeedData(dir: string = seedDataDir): Promise<SeedData> {
  const places = await parseFile(path.join(dir, "places.json"), seedPlacesSchema);
  const organizationFiles = await jsonFilesIn(path.join(dir, "organizations"));
  const organizations = await Promise.all(organizationFiles.map((file) => parseFile(file, seedOrganizationSchema)));
  const noteFiles = await jsonFilesIn(path.join(dir, "legal-notes"));
  const legalNotes = await Promise.all(noteFiles.map((file) => parseFile(file, seedLegalNoteSchema)));

  const cities = new Set(places.states.flatMap((state) => state.cities.map((city) => city.slug)));
  organizations.forEach((org, index) => {
    const problems = org.offices
      .filter((office) => office.address.city && !cities.has(office.address.city))
      .map((office) => `record "${office.slug}", field address.city: no city "${office.address.city}" in places.json`);
    if (problems.length) throw new SeedFileError(path.relative(process.cwd(), organizationFiles[index]!), problems);
  });

  // Every source a record or a note names must be in the catalogue, which says how pages cite it.
  const catalogue = await parseFile(path.join(dir, "sources.json"), seedSourcesSchema);
  const known = new Set(catalogue.sources.map((source) => source.id));
  const uncatalogued = [
    ...organizations.flatMap((org, i) =>
      [
        ...org.sources,
        ...[org, ...org.offices, ...org.services].flatMap((record) => record.citations.map((citation) => citation.source)),
      ].map((id) => ({ id, where: path.basename(organizationFiles[i]!) })),
    ),
    ...legalNotes.flatMap((note, i) => note.sources.map((source) => ({ id: source.document, where: path.basename(noteFiles[i]!) }))),
  ].filter((ref): ref is { id: string; where: string } => Boolean(ref.id) && !known.has(ref.id!));
  if (uncatalogued.length) {
    throw new SeedFileError(
      "prisma/seed/data",
      [...new Set(uncatalogued.map((ref) => `${ref.where}: source "${ref.id}" is not in sources.json`))],
    );
  }

  const ids = [
    ...places.states.flatMap((s) => [s.id, ...s.cities.map((c) => c.id)]).map((key) => ({ key, file: "places.json" })),
    ...organizations.flatMap((org, i) =>
      [org.id, ...org.offices.map((o) => o.id), ...org.services.map((s) => s.id)].map((key) => ({
        key,
        file: path.basename(organizationFiles[i]!),
      })),
    ),
    ...legalNotes.map((note, i) => ({ key: note.id, file: path.basename(noteFiles[i]!) })),
  ];
  assertUnique("id", ids);
  assertUnique(
    "organization slug",
    organizations.map((org, i) => ({ key: org.slug, file: path.basename(organizationFiles[i]!) })),
  );
  assertUnique(
    "office slug",
    organizations.flatMap((org, i) => org.offices.map((o) => ({ key: o.slug, file: path.basename(organizationFiles[i]!) }))),
  );
  assertUnique(
    "city slug",
    places.states.flatMap((s) => s.cities.map((c) => ({ key: c.slug, file: "places.json" }))),
  );
  return { places, sources: catalogue.sources, organizations, legalNotes };
}
