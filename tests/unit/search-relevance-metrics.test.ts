import { describe, expect, it } from "vitest";
import { answeredLegalNotes } from "@/lib/search-eval/answer";
import { criterionSchema, listingMatches, rankOfFirstRelevant, type Criterion, type ListingFacts } from "@/lib/search-eval/labels";
import { bestRank, firstRelevantRank, floorTo2, hitRate, meanReciprocalRank } from "@/lib/search-eval/metrics";
import { formatReport, summarize, type QueryOutcome } from "@/lib/search-eval/report";

describe("rank of the first relevant result", () => {
  const isRelevant = (id: string) => id.startsWith("ok");
  it("is the 1-based position of the first relevant result", () => {
    expect(firstRelevantRank(["ok-a", "x", "ok-b"], isRelevant)).toBe(1);
    expect(firstRelevantRank(["x", "y", "ok-a"], isRelevant)).toBe(3);
  });
  it("is null when nothing relevant is shown, or only after the tenth result", () => {
    expect(firstRelevantRank([], isRelevant)).toBeNull();
    expect(firstRelevantRank(["x", "y"], isRelevant)).toBeNull();
    const eleventh = [...Array.from({ length: 10 }, (_, i) => `x${i}`), "ok"];
    expect(firstRelevantRank(eleventh, isRelevant)).toBeNull();
    expect(firstRelevantRank(eleventh.slice(1), isRelevant)).toBe(10);
  });
  it("keeps the better of two ranks", () => {
    expect(bestRank(null, null)).toBeNull();
    expect(bestRank(4, null)).toBe(4);
    expect(bestRank(null, 2)).toBe(2);
    expect(bestRank(4, 1)).toBe(1);
  });
});

describe("top-3 hit rate and mean reciprocal rank", () => {
  it("count a query as a hit only when its first relevant result is in the first three", () => {
    expect(hitRate([1, 2, 3, 4])).toBe(0.75);
    expect(hitRate([4, 10, null])).toBe(0);
    expect(hitRate([1, null])).toBe(0.5);
    expect(hitRate([])).toBe(0);
  });
  it("average 1/rank, a miss counting nothing", () => {
    expect(meanReciprocalRank([1, 2, 4, null])).toBeCloseTo((1 + 0.5 + 0.25 + 0) / 4, 10);
    expect(meanReciprocalRank([null, null])).toBe(0);
    expect(meanReciprocalRank([1, 1])).toBe(1);
    expect(meanReciprocalRank([11])).toBe(0);
    expect(meanReciprocalRank([])).toBe(0);
  });
  it("floors a measured figure to two decimals for the test's floor", () => {
    expect(floorTo2(0.5422)).toBe(0.54);
    expect(floorTo2(0.57)).toBe(0.57);
    expect(floorTo2(0.999)).toBe(0.99);
  });
});

const shelterForEveryone: ListingFacts = {
  organization: "casa-a",
  office: "casa-a-tijuana",
  remote: false,
  city: "tijuana",
  state: "baja-california",
  services: [
    { type: "shelter", populations: [] },
    { type: "legal_orientation", populations: ["women"] },
  ],
};
const womensShelter: ListingFacts = {
  organization: "casa-b",
  office: "casa-b-tapachula",
  remote: false,
  city: "tapachula",
  state: "chiapas",
  services: [{ type: "shelter", populations: ["women", "children"] }],
};
const phoneLine: ListingFacts = {
  organization: "comision",
  office: "comision-linea",
  remote: true,
  // A remote office may keep the city of its address; it is still no place to go.
  city: "tapachula",
  state: "chiapas",
  services: [{ type: "legal_orientation", populations: [] }],
};
const criterion = (value: unknown) => criterionSchema.parse(value) as Exclude<Criterion, { legalNote: string }>;

describe("criteria", () => {
  it("match a place and a kind of help given there", () => {
    expect(listingMatches(shelterForEveryone, criterion({ city: "tijuana", serviceType: "shelter" }))).toBe(true);
    expect(listingMatches(shelterForEveryone, criterion({ state: "baja-california" }))).toBe(true);
    expect(listingMatches(shelterForEveryone, criterion({ city: ["mexicali", "tijuana"], serviceType: ["food", "shelter"] }))).toBe(true);
  });
  it("refuse another city or a kind of help not given there", () => {
    expect(listingMatches(shelterForEveryone, criterion({ city: "tapachula", serviceType: "shelter" }))).toBe(false);
    expect(listingMatches(shelterForEveryone, criterion({ city: "tijuana", serviceType: "food" }))).toBe(false);
  });
  it("need the kind of help and the population on the same service", () => {
    expect(listingMatches(womensShelter, criterion({ serviceType: "shelter", population: "women" }))).toBe(true);
    // A shelter for everyone next to legal advice for women is not a women's shelter.
    expect(listingMatches(shelterForEveryone, criterion({ serviceType: "shelter", population: "women" }))).toBe(false);
    expect(listingMatches(shelterForEveryone, criterion({ population: "women" }))).toBe(true);
    expect(listingMatches(womensShelter, criterion({ population: "lgbtqi" }))).toBe(false);
  });
  it("give a remote listing no place", () => {
    expect(listingMatches(phoneLine, criterion({ city: "tapachula" }))).toBe(false);
    expect(listingMatches(phoneLine, criterion({ state: "chiapas" }))).toBe(false);
    expect(listingMatches(phoneLine, criterion({ remote: true, serviceType: "legal_orientation" }))).toBe(true);
    expect(listingMatches(womensShelter, criterion({ remote: true }))).toBe(false);
  });
  it("match an organisation or an office by its slug", () => {
    expect(listingMatches(womensShelter, criterion({ organization: "casa-b", city: "tapachula" }))).toBe(true);
    expect(listingMatches(womensShelter, criterion({ organization: "casa-a" }))).toBe(false);
    expect(listingMatches(womensShelter, criterion({ office: "casa-b-tapachula" }))).toBe(true);
  });
  it("are refused when empty, unknown or misspelt", () => {
    expect(criterionSchema.safeParse({}).success).toBe(false);
    expect(criterionSchema.safeParse({ serviceType: "lawyer" }).success).toBe(false);
    expect(criterionSchema.safeParse({ cty: "tijuana" }).success).toBe(false);
    expect(criterionSchema.safeParse({ legalNote: "a-note", city: "tijuana" }).success).toBe(false);
  });
});

describe("judging a search", () => {
  const facts = new Map<string, ListingFacts>([
    ["office:casa-a-tijuana", shelterForEveryone],
    ["office:casa-b-tapachula", womensShelter],
    ["office:comision-linea", phoneLine],
  ]);
  const womenShelter: Criterion[] = [criterion({ serviceType: "shelter", population: "women" })];
  it("ranks the first listing that satisfies the label", () => {
    expect(rankOfFirstRelevant(womenShelter, ["office:casa-a-tijuana", "office:casa-b-tapachula"], [], facts)).toBe(2);
    expect(rankOfFirstRelevant(womenShelter, ["office:casa-a-tijuana", "office:comision-linea"], [], facts)).toBeNull();
  });
  it("counts the expected legal note given as the answer as rank 1, and no other note", () => {
    const question: Criterion[] = [{ legalNote: "comar-application-deadline" }];
    expect(rankOfFirstRelevant(question, ["office:casa-a-tijuana"], ["comar-application-deadline"], facts)).toBe(1);
    expect(rankOfFirstRelevant(question, [], ["avoid-fraud", "comar-application-deadline"], facts)).toBe(2);
    expect(rankOfFirstRelevant(question, ["office:casa-b-tapachula"], ["avoid-fraud"], facts)).toBeNull();
    expect(rankOfFirstRelevant(question, ["office:casa-b-tapachula"], [], facts)).toBeNull();
  });
  it("refuses a result that is not a listing of the directory", () => {
    expect(() => rankOfFirstRelevant(womenShelter, ["office:gone"], [], facts)).toThrow(/office:gone/);
  });
});

describe("the search's answer", () => {
  it("is read from whichever field carries it", () => {
    expect(answeredLegalNotes({ answer: { slug: "a" } })).toEqual(["a"]);
    expect(answeredLegalNotes({ answer: [{ slug: "a" }, { slug: "b" }] })).toEqual(["a", "b"]);
    expect(answeredLegalNotes({ legalNotes: [{ note: { slug: "c" } }, "d"] })).toEqual(["c", "d"]);
    expect(answeredLegalNotes({ answers: [{ slug: "a" }], answer: { slug: "a" } })).toEqual(["a"]);
  });
  it("is none when the search gives none, or something unreadable", () => {
    expect(answeredLegalNotes({ total: 3, results: [] })).toEqual([]);
    expect(answeredLegalNotes({ answer: null })).toEqual([]);
    expect(answeredLegalNotes({ answer: { title: "no slug" } })).toEqual([]);
    expect(answeredLegalNotes(undefined)).toEqual([]);
  });
});

describe("the report", () => {
  const outcome = (q: string, lang: "es" | "en" | "mixed", tags: QueryOutcome["query"]["tags"], rank: number | null): QueryOutcome => ({
    query: { q, lang, tags, relevant: [{ serviceType: ["shelter"] }] },
    rank,
    firstResults: [],
    answered: [],
    total: 0,
  });
  const outcomes = [
    outcome("albergue", "es", ["help"], 1),
    outcome("alberge", "es", ["help", "typo"], 5),
    outcome("shelter", "en", ["help"], 2),
    outcome("shleter", "en", ["help", "typo"], null),
  ];
  it("gives figures per language and per kind of query", () => {
    const summary = summarize(outcomes);
    expect(summary.overall).toEqual({ queries: 4, top3HitRate: 0.5, mrr: (1 + 0.2 + 0.5) / 4 });
    expect(summary.byLanguage.es).toEqual({ queries: 2, top3HitRate: 0.5, mrr: 0.6 });
    expect(summary.byLanguage.mixed.queries).toBe(0);
    expect(summary.byTag.typo).toEqual({ queries: 2, top3HitRate: 0, mrr: 0.1 });
    expect(summary.failing.map((failed) => failed.query.q)).toEqual(["shleter", "alberge"]);
  });
  it("keeps held-out queries out of the figures the floor applies to, and reports each set on its own", () => {
    const heldOut = (q: string, set: string, rank: number | null): QueryOutcome => ({ ...outcome(q, "es", ["question"], rank), query: { ...outcome(q, "es", ["question"], rank).query, heldOut: set } });
    const summary = summarize([...outcomes, heldOut("¿me rechazaron?", "c", null), heldOut("¿me deportan?", "c", 1), heldOut("asilo", "d", 2)]);
    expect(summary.overall).toEqual(summarize(outcomes).overall);
    expect(summary.byTag.question.queries).toBe(0);
    expect(summary.heldOut).toEqual([
      { set: "c", figures: { queries: 2, top3HitRate: 0.5, mrr: 0.5 } },
      { set: "d", figures: { queries: 1, top3HitRate: 1, mrr: 0.5 } },
    ]);
    const text = formatReport(summary, { top3HitRate: 0.5, mrr: 0.42 });
    expect(text).toMatch(/held out \(c\)\s+2\s+50\.0%\s+0\.500/);
    expect(text).toContain('"¿me rechazaron?" (not in the first 10; 0 results) — held out: c');
    expect(text).not.toContain("BELOW");
  });
  it("lists the failing queries and says when the figures are below the floor", () => {
    const text = formatReport(summarize(outcomes), { top3HitRate: 0.6, mrr: 0.1 });
    expect(text).toMatch(/overall\s+4\s+50\.0%\s+0\.425/);
    expect(text).toContain('"shleter" (not in the first 10');
    expect(text).toContain("BELOW THE FLOOR");
    expect(formatReport(summarize(outcomes), { top3HitRate: 0.5, mrr: 0.42 })).not.toContain("BELOW");
  });
});
