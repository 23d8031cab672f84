// Reading the provenance extension (decision 018) back: its rows checked like
// the seed's (zod; an excerpt for every fact but `record`; a phone's digits or an
// e-mail address in the words quoted), then compared with the database. Each
// record of the package gets exactly the package's citations; a source is
// matched by its id, which its key determines. Pure: lib/data does the reading.
import { namesContact } from "@/lib/provenance/rules";
import type { CsvProblem } from "@/lib/hsds/validate-csv";
import {
  citationWithheld,
  hsdsCitation,
  hsdsSource,
  type CitationLinkEntity,
  type HsdsCitation,
  type HsdsProvenance,
  type HsdsSource,
  type StoredCitation,
  type StoredSource,
  type WithheldAddress,
} from "@/lib/hsds/provenance-tables";
import type { HsdsTables } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import { emailStatedIn, phoneStatedIn, samePhoneNumber } from "@/lib/provenance/fact-checks";
import { sourceIdFor } from "@/lib/provenance/source-id";
import { hsdsCitationRowSchema, hsdsSourceRowSchema } from "@/lib/validation/hsds-provenance";

const located = (table: string, index: number, field: string | undefined, message: string): CsvProblem => ({ table, row: index + 1, field, message });

/** The phones and e-mails a record of the package has, which its phone and e-mail citations must name. */
function contactsOf(tables: HsdsTables, entity: CitationLinkEntity, id: string) {
  const owned = <T extends { organization_id?: string; location_id?: string }>(row: T) =>
    entity === "organization" ? row.organization_id === id : entity === "location" ? row.location_id === id : false;
  const organizationEmail = entity === "organization" ? tables.organization.find((row) => row.id === id)?.email : undefined;
  return {
    phones: tables.phone.filter(owned).map((row) => row.number),
    emails: [organizationEmail, ...tables.contact.filter(owned).map((row) => row.email)].filter((email): email is string => Boolean(email)),
  };
}

/** Every problem of the extension's rows, each naming its table, row and field. */
export function provenanceProblems(tables: HsdsTables, provenance: HsdsProvenance): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const keys = new Set<string>();
  provenance.amparo_source.forEach((row, index) => {
    const parsed = hsdsSourceRowSchema.safeParse(row);
    for (const issue of parsed.error?.issues ?? []) problems.push(located("amparo_source", index, issue.path.join("."), issue.message));
    if (keys.has(row.key)) problems.push(located("amparo_source", index, "key", `"${row.key}" is given twice`));
    keys.add(row.key);
    if (row.id !== sourceIdFor(row.key)) problems.push(located("amparo_source", index, "id", `is not the id of the key "${row.key}" (${sourceIdFor(row.key)})`));
  });

  const records: Record<CitationLinkEntity, Set<string>> = {
    organization: new Set(tables.organization.map((row) => row.id)),
    location: new Set(tables.location.map((row) => row.id)),
    service: new Set(tables.service.map((row) => row.id)),
  };
  provenance.amparo_citation.forEach((row, index) => {
    const problem = (field: string | undefined, message: string) => problems.push(located("amparo_citation", index, field, message));
    const parsed = hsdsCitationRowSchema.safeParse(row);
    for (const issue of parsed.error?.issues ?? []) problem(issue.path.join("."), issue.message);
    if (!records[row.link_entity].has(row.link_id)) return problem("link_id", `no ${row.link_entity} with id ${row.link_id} in the package`);
    if (!parsed.success || !namesContact(row.fact)) return;
    const value = row.value!;
    const { phones, emails } = contactsOf(tables, row.link_entity, row.link_id);
    const known = row.fact === "phone" ? phones.some((number) => samePhoneNumber(number, value)) : emails.some((email) => email.toLowerCase() === value.toLowerCase());
    if (!known) return problem("value", `"${value}" is not one of this ${row.link_entity}'s ${row.fact === "phone" ? "phones" : "e-mail addresses"}`);
    const stated = row.fact === "phone" ? phoneStatedIn(value, row.excerpt ?? "") : emailStatedIn(value, row.excerpt ?? "");
    if (!stated) problem("excerpt", `does not state ${value}`);
  });
  return problems;
}

const sourceFields = ["publisher", "title", "description", "url", "published", "consulted_on"] as const;
export type SourceField = (typeof sourceFields)[number];

export type SourceChange = { id: string; key: string; isNew: boolean; fields: SourceField[]; row: HsdsSource; before?: StoredSource };
/** A record whose citations become the package's: `before` as stored, `after` as they will be. */
export type CitationReplacement = { entity: CitationLinkEntity; id: string; before: HsdsCitation[]; after: HsdsCitation[] };
export type ProvenancePlan = { sources: SourceChange[]; unchangedSources: number; replacements: CitationReplacement[]; unchangedRecords: number };

/** What the citations say, without the ids a database gives them: equal lists need no writing. */
const content = (citations: HsdsCitation[]) =>
  JSON.stringify(
    [...citations]
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map(({ source_id, fact, value, excerpt, superseded, position }) => [source_id, fact, value ?? null, excerpt ?? null, superseded, position]),
  );

export type ProvenanceCurrent = {
  sources: StoredSource[];
  /** The stored citations of the package's records. */
  citations: StoredCitation[];
  /** Confidential offices' withheld address: their citations the export leaves out are kept. */
  withheld: Map<string, WithheldAddress>;
};

/** Sources new or changed (in the package's language), and the records whose citations differ from the package's. */
export function planProvenance(tables: HsdsTables, incoming: HsdsProvenance, current: ProvenanceCurrent, lang: Locale): ProvenancePlan {
  const stored = new Map(current.sources.map((source) => [source.id, source]));
  const sources: SourceChange[] = [];
  let unchangedSources = 0;
  for (const row of incoming.amparo_source) {
    const before = stored.get(row.id);
    const then = before ? hsdsSource(before, lang) : undefined;
    const fields = sourceFields.filter((field) => !then || then[field] !== row[field]);
    if (before && fields.length === 0) unchangedSources += 1;
    else sources.push({ id: row.id, key: row.key, isNew: !before, fields, row, before });
  }

  const byRecord = (rows: HsdsCitation[]) => {
    const groups = new Map<string, HsdsCitation[]>();
    for (const row of rows) groups.set(row.link_id, [...(groups.get(row.link_id) ?? []), row]);
    return groups;
  };
  const incomingBy = byRecord(incoming.amparo_citation);
  const storedBy = byRecord(current.citations.map(hsdsCitation));
  const withheldBy = byRecord(current.citations.filter((citation) => citation.officeId && citationWithheld(citation, current.withheld.get(citation.officeId))).map(hsdsCitation));
  const records: [CitationLinkEntity, string][] = [
    ...tables.organization.map((row) => ["organization", row.id] as [CitationLinkEntity, string]),
    ...tables.location.map((row) => ["location", row.id] as [CitationLinkEntity, string]),
    ...tables.service.map((row) => ["service", row.id] as [CitationLinkEntity, string]),
  ];
  const replacements: CitationReplacement[] = [];
  for (const [entity, id] of records) {
    const before = storedBy.get(id) ?? [];
    // The export leaves out what could quote a confidential address: keep those, the package cannot speak for them.
    const after = [...(incomingBy.get(id) ?? []), ...(withheldBy.get(id) ?? [])];
    if (content(before) !== content(after)) replacements.push({ entity, id, before, after });
  }
  return { sources, unchangedSources, replacements, unchangedRecords: records.length - replacements.length };
}

/** Citation ids of the package that the database already gives a citation of another record. */
export function citationIdClashes(incoming: HsdsProvenance, stored: Pick<StoredCitation, "id" | "organizationId" | "officeId" | "serviceId">[]): CsvProblem[] {
  const owner = new Map(stored.map((citation) => [citation.id, citation.organizationId ?? citation.officeId ?? citation.serviceId]));
  return incoming.amparo_citation.flatMap((row, index) => {
    const other = owner.get(row.id);
    return other && other !== row.link_id ? [located("amparo_citation", index, "id", `already the id of a citation of another record (${other})`)] : [];
  });
}
