// What a public page says about where a record's facts come from: each source
// once (what it backs, the words it says), when the facts were last checked,
// and which facts only old sources state.
import type { Locale } from "@/lib/i18n/locales";
import { citeSource, isPossiblyOutdated, newestDate, readPartialDate, type PartialDate, type SourceCitation } from "@/lib/provenance/cite";
import type { CitedFact } from "@/lib/taxonomy";

export const citationSelect = {
  fact: true,
  value: true,
  excerpt: true,
  superseded: true,
  source: { select: { key: true, publisher: true, title: true, description: true, url: true, published: true, consultedOn: true } },
} as const;

export type CitationRow = {
  fact: CitedFact;
  value: string | null;
  excerpt: string | null;
  superseded: boolean;
  source: { key: string; publisher: string | null; title: string | null; description: unknown; url: string | null; published: string | null; consultedOn: Date };
};

export type CitedSource = {
  key: string;
  cited: SourceCitation;
  consultedOn: Date;
  /** The facts it states, in the order of the taxonomy. */
  facts: CitedFact[];
  /** What it says, in its own words, for each fact it backs (superseded ones marked). */
  quotes: { fact: CitedFact; excerpt: string; superseded: boolean }[];
};

export type Provenance = {
  sources: CitedSource[];
  /** The last time someone checked these facts: an editor's check, or else the newest reading of a source. */
  lastVerified: Date | null;
  /** "editor": confirmed by an editor; "sources": only read in public sources; null: neither. */
  verifiedBy: "editor" | "sources" | null;
  /** Facts a person acts on whose newest (not superseded) source is more than two years old. */
  outdated: { fact: CitedFact; newest: PartialDate }[];
};

const factOrder: CitedFact[] = ["status", "address", "phone", "email", "hours", "cost", "services", "populations", "languages", "website", "name", "record"];
/** What a person acts on: an old source for one of these deserves a warning. */
const actionable = new Set<CitedFact>(["status", "address", "phone", "email", "hours", "cost", "services", "populations", "languages"]);

export function shapeProvenance(citations: CitationRow[], verifiedAt: Date | null, locale: Locale, today: Date): Provenance {
  const byKey = new Map<string, CitedSource>();
  for (const citation of citations) {
    const { source } = citation;
    let entry = byKey.get(source.key);
    if (!entry) {
      entry = { key: source.key, cited: citeSource(source, locale), consultedOn: source.consultedOn, facts: [], quotes: [] };
      byKey.set(source.key, entry);
    }
    if (!entry.facts.includes(citation.fact)) entry.facts.push(citation.fact);
    if (citation.excerpt && !entry.quotes.some((quote) => quote.excerpt === citation.excerpt)) {
      entry.quotes.push({ fact: citation.fact, excerpt: citation.excerpt, superseded: citation.superseded });
    }
  }
  const sources = [...byKey.values()];
  for (const source of sources) source.facts.sort((a, b) => factOrder.indexOf(a) - factOrder.indexOf(b));
  // Newest first; undated sources last.
  sources.sort((a, b) => (b.cited.published?.date.getTime() ?? 0) - (a.cited.published?.date.getTime() ?? 0));

  const consulted = citations.map((citation) => citation.source.consultedOn.getTime());
  const lastVerified = verifiedAt ?? (consulted.length ? new Date(Math.max(...consulted)) : null);

  const outdated: Provenance["outdated"] = [];
  for (const fact of factOrder.filter((candidate) => actionable.has(candidate))) {
    const current = citations.filter((citation) => citation.fact === fact && !citation.superseded);
    if (current.length === 0) continue;
    // Undated sources cannot show a fact is old, nor that it is new.
    const newest = newestDate(current.map((citation) => citation.source.published));
    if (newest && current.every((citation) => citation.source.published) && isPossiblyOutdated(newest, today)) {
      outdated.push({ fact, newest: readPartialDate(newest)! });
    }
  }
  return { sources, lastVerified, verifiedBy: verifiedAt ? "editor" : lastVerified ? "sources" : null, outdated };
}
