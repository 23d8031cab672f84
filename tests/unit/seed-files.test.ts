import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSeedData, seedDataDir, SeedFileError } from "@/prisma/seed/read-seed-files";

const temporaryDirs: string[] = [];
afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOfSeedData() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "amparo-seed-"));
  temporaryDirs.push(dir);
  await cp(seedDataDir, dir, { recursive: true });
  return dir;
}

async function editJson(file: string, edit: (data: Record<string, unknown>) => void) {
  const data = JSON.parse(await readFile(file, "utf8"));
  edit(data);
  await writeFile(file, JSON.stringify(data));
}

describe("seed data files", () => {
  it("validate, and hold the real directory", async () => {
    const data = await readSeedData();
    expect(data.organizations.length).toBeGreaterThanOrEqual(20);
    expect(data.legalNotes.length).toBeGreaterThanOrEqual(11);
    const slugs = data.organizations.map((org) => org.slug);
    expect(slugs).toEqual(expect.arrayContaining(["asylum-access-mexico", "cdh-fray-matias", "hias-mexico", "acnur", "comar"]));
  });

  it("write every description in both languages", async () => {
    const data = await readSeedData();
    for (const org of data.organizations) {
      expect(org.description.es, org.slug).not.toEqual(org.description.en);
    }
  });

  it("cover the legal topics people ask about", async () => {
    const { legalNotes } = await readSeedData();
    const text = legalNotes.map((note) => `${note.title.en} ${note.body.en}`).join(" ");
    for (const topic of [/Cartagena/, /complementary protection/i, /refoulement/i, /30/, /I-589/, /one year|one-year/i, /credible fear/i, /expedited removal/i]) {
      expect(text).toMatch(topic);
    }
    expect(new Set(legalNotes.map((note) => note.jurisdiction))).toEqual(new Set(["MX", "US", "international"]));
  });

  it("name the file, the record and the field of a mistake", async () => {
    const dir = await copyOfSeedData();
    const file = path.join(dir, "organizations", "asylum-access-mexico.json");
    await editJson(file, (org) => {
      (org.offices as { timeZone: string }[])[0]!.timeZone = "Mars/Olympus";
    });
    const error = await readSeedData(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SeedFileError);
    const message = (error as SeedFileError).message;
    expect(message).toContain("asylum-access-mexico.json");
    expect(message).toMatch(/record "asylum-access-mexico-[a-z-]+"/);
    expect(message).toContain("offices.0.timeZone");
  });

  it("reject an office in a city that places.json does not define", async () => {
    const dir = await copyOfSeedData();
    await editJson(path.join(dir, "organizations", "cdh-fray-matias.json"), (org) => {
      (org.offices as { address: { city: string } }[])[0]!.address.city = "atlantis";
    });
    await expect(readSeedData(dir)).rejects.toThrow(/no city "atlantis"/);
  });

  it("reject a duplicated id across files", async () => {
    const dir = await copyOfSeedData();
    const { id } = JSON.parse(await readFile(path.join(dir, "organizations", "comar.json"), "utf8"));
    await editJson(path.join(dir, "organizations", "cndh.json"), (org) => {
      org.id = id;
    });
    await expect(readSeedData(dir)).rejects.toThrow(/id ".+" appears in/);
  });

  it("reject a service linked to an office of another organisation", async () => {
    const dir = await copyOfSeedData();
    await editJson(path.join(dir, "organizations", "appleseed-mexico.json"), (org) => {
      (org.services as { offices: string[] }[])[0]!.offices = ["acnur-tijuana"];
    });
    await expect(readSeedData(dir)).rejects.toThrow(/no office "acnur-tijuana" in this organisation/);
  });

  it("reject a source the catalogue cannot cite", async () => {
    const dir = await copyOfSeedData();
    await editJson(path.join(dir, "sources.json"), (catalogue) => {
      catalogue.sources = (catalogue.sources as { id: string }[]).filter((source) => source.id !== "kino-asylum-seekers-mexico");
    });
    await expect(readSeedData(dir)).rejects.toThrow(/source "kino-asylum-seekers-mexico" is not in sources.json/);
  });

  it("reject a phone citation whose excerpt does not state the number", async () => {
    const dir = await copyOfSeedData();
    await editJson(path.join(dir, "organizations", "appleseed-mexico.json"), (org) => {
      org.phones = [{ raw: "55 1234 5678" }];
      org.citations = [{ fact: "phone", value: "55 1234 5678", source: "refugee-legal-aid-mexico", excerpt: "Call 55 1234 5679 for help." }];
    });
    await expect(readSeedData(dir)).rejects.toThrow(/citations\.0: the excerpt does not state 55 1234 5678/);
  });

  it("reject a fact cited without the source's words", async () => {
    const dir = await copyOfSeedData();
    await editJson(path.join(dir, "organizations", "appleseed-mexico.json"), (org) => {
      org.citations = [{ fact: "address", source: "refugee-legal-aid-mexico" }];
    });
    await expect(readSeedData(dir)).rejects.toThrow(/citations\.0\.excerpt: quote the words of the source/);
  });
});
