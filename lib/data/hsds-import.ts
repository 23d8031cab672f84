import "server-only";
import { db } from "@/lib/db/client";
import { loadCitationsOf, loadHsdsImportTargets, loadWithheldAddresses, storedCitationSelect } from "@/lib/data/hsds";
import { humanEditsSinceLastImport } from "@/lib/data/hsds-import-edits";
import { citationOwner, keptChanges, keptCitations, ownersOf, type KeptChange } from "@/lib/hsds/edit-guard";
import { fromHsds, type RecordProblem } from "@/lib/hsds/from-hsds";
import type { SourceOrganization } from "@/lib/hsds/source";
import { planImport, type ImportPlan } from "@/lib/hsds/import-plan";
import { citationIdClashes, planProvenance, provenanceProblems, type ProvenancePlan } from "@/lib/hsds/provenance-import";
import type { HsdsProvenance } from "@/lib/hsds/provenance-tables";
import { hsdsTableNames } from "@/lib/hsds/table-fields";
import { exportLabels } from "@/lib/hsds/labels";
import { readHsdsPackage } from "@/lib/hsds/read-package";
import { recordRuleProblems } from "@/lib/hsds/record-rules";
import { timeZoneForOffset } from "@/lib/hsds/time-zones";
import { toHsdsTables } from "@/lib/hsds/to-tables";
import type { HsdsTables } from "@/lib/hsds/types";
import type { CsvProblem } from "@/lib/hsds/validate-csv";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import type { PrismaClient } from "@/prisma/generated/client";

export type HsdsImportReview =
  | { status: "rejected"; problems: (CsvProblem | RecordProblem)[] }
  | {
      status: "valid";
      plan: ImportPlan;
      ignored: string[];
      /** What applying would write, by id: the plan says which of these rows and fields differ. */
      records: SourceOrganization[];
      /** The city of each incoming location that has an address, resolved to our City id. */
      cityIds: Map<string, string>;
      /** The package's rows and the database's, as the plan compared them. */
      tables: { incoming: HsdsTables; current: HsdsTables };
      /** Planned fields a person edited since the record's last import: applying leaves them unless told to overwrite. */
      kept: KeptChange[];
      /** Sources and citations (decision 018); absent when the package has no amparo_citations.csv. */
      provenance?: ProvenancePlan;
    };

const placeKey = (city: string, state: string) => `${city.toLocaleLowerCase("es")}|${state.toLocaleLowerCase("es")}`;

/**
 * Reads and checks an HSDS package and says what importing it would change,
 * without writing anything. A package with any invalid record is rejected whole.
 */
export async function reviewHsdsImport(dir: string, lang: Locale, prisma: PrismaClient = db()): Promise<HsdsImportReview> {
  const read = await readHsdsPackage(dir);
  if (read.problems.length) return { status: "rejected", problems: read.problems };

  const now = new Date();
  const [offices, cities] = await Promise.all([
    prisma.office.findMany({ where: { id: { in: read.tables.location.map((row) => row.id) } }, select: { id: true, timeZone: true, confidentialAddress: true } }),
    prisma.city.findMany({ select: { id: true, name: true, state: { select: { name: true } } } }),
  ]);
  const known = new Map(offices.map((office) => [office.id, office]));
  const mapped = fromHsds(read.tables, {
    lang,
    timeZoneOf: (location, offset) => {
      const country = read.tables.address.find((row) => row.location_id === location.id)?.country ?? "MX";
      return known.get(location.id)?.timeZone ?? timeZoneForOffset(country, offset, now);
    },
  });
  const problems: (CsvProblem | RecordProblem)[] = [...mapped.problems, ...recordRuleProblems(read.tables, mapped.organizations, exportLabels(lang))];
  // Cities and states are ours to define: an address must name one we have.
  const places = new Map(cities.map((city) => [placeKey(pickLocalized(city.name, lang)?.text ?? "", pickLocalized(city.state.name, lang)?.text ?? ""), city.id]));
  const cityIds = new Map<string, string>();
  for (const address of read.tables.address) {
    const cityId = places.get(placeKey(address.city, address.state_province));
    if (cityId) cityIds.set(address.location_id, cityId);
    else problems.push({ table: "address", id: address.id, message: `unknown city "${address.city}" in "${address.state_province}"` });
  }
  if (read.provenance) problems.push(...(await provenanceReview(read.tables, read.provenance, prisma)));
  if (problems.length) return { status: "rejected", problems };

  // An office the database holds keeps its confidentiality: HSDS cannot say it.
  const incoming = mapped.organizations.map((org) => ({
    ...org,
    offices: org.offices.map((office) => ({ ...office, confidentialAddress: known.get(office.id)?.confidentialAddress ?? false })),
  }));
  const current = await loadHsdsImportTargets(incoming.map((org) => org.id), prisma);
  const tables = { incoming: toHsdsTables(incoming, { lang, now }), current: toHsdsTables(current, { lang, now }) };
  const plan = planImport(tables.incoming, tables.current);
  const provenance = read.provenance && (await planProvenanceImport(read.tables, read.provenance, lang, prisma));
  const kept = await keptSinceLastImport(plan, tables, prisma, provenance);
  return { status: "valid", plan, ignored: read.ignored, records: incoming, cityIds, tables, kept, provenance };
}

/** The extension's rows checked as the seed's are, and no citation id that the database gives another record. */
async function provenanceReview(tables: HsdsTables, provenance: HsdsProvenance, prisma: PrismaClient) {
  const problems = provenanceProblems(tables, provenance);
  const stored = await prisma.citation.findMany({
    where: { id: { in: provenance.amparo_citation.map((row) => row.id) } },
    select: { id: true, organizationId: true, officeId: true, serviceId: true },
  });
  return [...problems, ...citationIdClashes(provenance, stored)];
}

async function planProvenanceImport(tables: HsdsTables, incoming: HsdsProvenance, lang: Locale, prisma: PrismaClient) {
  const ids = { organization: tables.organization.map((row) => row.id), location: tables.location.map((row) => row.id), service: tables.service.map((row) => row.id) };
  const [sources, citations, withheld] = await Promise.all([
    prisma.source.findMany({ where: { id: { in: incoming.amparo_source.map((row) => row.id) } }, select: storedCitationSelect.source.select }),
    loadCitationsOf(ids, prisma),
    loadWithheldAddresses(ids.location, prisma),
  ]);
  return planProvenance(tables, incoming, { sources, citations, withheld }, lang);
}

/**
 * The planned fields people edited since their last import. Applying asks
 * again inside its transaction, so an edit saved after the review is kept too.
 */
export async function keptSinceLastImport(
  plan: ImportPlan,
  tables: { incoming: HsdsTables; current: HsdsTables },
  prisma: Pick<PrismaClient, "auditEntry">,
  provenance?: Pick<ProvenancePlan, "replacements">,
) {
  // Only records the database has can have been edited by a person.
  const existing = new Set([...tables.current.organization, ...tables.current.location, ...tables.current.service].map((row) => row.id));
  const owners = [
    ...hsdsTableNames.flatMap((table) => {
      const rows = new Map((tables.incoming[table] as { id: string }[]).map((row) => [row.id, row]));
      return [...plan[table].new, ...plan[table].changed].flatMap((change) => ownersOf(table, rows.get(change.id) ?? { id: change.id }));
    }),
    ...(provenance?.replacements ?? []).map(citationOwner),
  ].filter((owner) => existing.has(owner.entityId));
  const edits = await humanEditsSinceLastImport(owners, prisma);
  return [...keptChanges(plan, tables.incoming, edits), ...keptCitations(provenance?.replacements ?? [], edits)];
}
