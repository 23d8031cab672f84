import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// The research file for issue 12 is loaded later without re-reading its sources, so every
// contact detail must be checkable against the excerpt it cites (docs/research/README.md).
const researchFile = path.resolve(import.meta.dirname, "../../docs/research/coverage-2026-12.json");

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");

const sourceSchema = z.object({
  id: z.string().regex(/^s\d+$/),
  url: z.url(),
  publisher: z.string().min(1),
  title: z.string().min(1).nullable(),
  published: partialDate.nullable(),
});

const factSchema = z.object({
  field: z.enum(["address", "phone", "email", "hours", "cost", "services", "populations", "website", "whatsapp", "note"]),
  value: z.string().min(1),
  source: z.string(),
  // Short verbatim quotations only: the sentence or fragment that states the fact.
  excerpt: z.string().min(1).max(300),
});

const listingSchema = z.object({
  name: z.string().min(1),
  organization: z.string().min(1),
  kind: z.enum(["office", "remote"]),
  city: z.string().min(1).nullable(),
  state: z.string().min(1).nullable(),
  services: z
    .array(z.enum(["legal", "shelter", "health", "psychosocial", "food", "protection", "information", "employment", "education"]))
    .min(1),
  populations: z.array(z.string().min(1)).optional(),
  facts: z.array(factSchema).min(1),
  conflicts: z.array(z.string().min(1)).optional(),
});

const researchSchema = z.object({
  consulted: z.iso.date(),
  sources: z.array(sourceSchema).min(1),
  listings: z.array(listingSchema).min(1),
});

type Research = z.infer<typeof researchSchema>;

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** Every way the file can break the "only what a source states" rule, one line per mistake. */
function findResearchProblems(research: Research): string[] {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  for (const source of research.sources) {
    if (sourceIds.has(source.id)) problems.push(`source ${source.id} is listed twice`);
    sourceIds.add(source.id);
    if (source.published && source.published > research.consulted) {
      problems.push(`source ${source.id} is dated after the consultation date`);
    }
  }
  const cited = new Set<string>();
  const names = new Set<string>();
  for (const listing of research.listings) {
    if (names.has(listing.name)) problems.push(`listing "${listing.name}" appears twice`);
    names.add(listing.name);
    listing.facts.forEach((fact, index) => {
      const where = `listing "${listing.name}" fact ${index + 1} (${fact.field})`;
      cited.add(fact.source);
      if (!sourceIds.has(fact.source)) problems.push(`${where} cites unknown source ${fact.source}`);
      if (fact.field === "phone" || fact.field === "whatsapp") {
        const digits = digitsOf(fact.value);
        if (digits.length < 7) problems.push(`${where}: "${fact.value}" is not a phone number`);
        else if (!digitsOf(fact.excerpt).includes(digits)) problems.push(`${where}: ${fact.value} is not in its excerpt`);
      }
      if (fact.field === "email" && !fact.excerpt.toLowerCase().includes(fact.value.toLowerCase())) {
        problems.push(`${where}: ${fact.value} is not in its excerpt`);
      }
    });
  }
  for (const id of sourceIds) if (!cited.has(id)) problems.push(`source ${id} is never cited`);
  return problems;
}

async function readResearch() {
  return researchSchema.parse(JSON.parse(await readFile(researchFile, "utf8")));
}

describe("research coverage file (issue 12)", () => {
  it("has the documented shape", async () => {
    const research = await readResearch();
    expect(research.listings.length).toBeGreaterThan(0);
  });

  it("cites only sources it lists, and every phone and e-mail appears in its excerpt", async () => {
    expect(findResearchProblems(await readResearch())).toEqual([]);
  });

  it("catches a phone, an e-mail or a source the excerpt does not support", async () => {
    const research = await readResearch();
    const broken = structuredClone(research);
    const first = broken.listings[0]!;
    first.facts.push(
      { field: "phone", value: "55 1234 5678", source: "s1", excerpt: "Llame al 55 1234 5679." },
      { field: "email", value: "ayuda@example.org", source: "s1", excerpt: "Escriba a info@example.org." },
      { field: "note", value: "x", source: "s999999", excerpt: "x" },
    );
    const problems = findResearchProblems(broken);
    expect(problems).toContain(`listing "${first.name}" fact ${first.facts.length - 2} (phone): 55 1234 5678 is not in its excerpt`);
    expect(problems).toContain(`listing "${first.name}" fact ${first.facts.length - 1} (email): ayuda@example.org is not in its excerpt`);
    expect(problems).toContain(`listing "${first.name}" fact ${first.facts.length} (note) cites unknown source s999999`);
  });

  it("rejects a fact whose field or excerpt breaks the rules", () => {
    const fact = { field: "rumour", value: "x", source: "s1", excerpt: "x".repeat(301) };
    const result = factSchema.safeParse(fact);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["excerpt", "field"]);
  });
});
