// The facts of a seed record that no citation backs with the source's words:
// what `npm run db:validate` names, so an editor knows what to look up.
import { unsourcedContacts } from "@/lib/provenance/fact-checks";
import type { CitedFact } from "@/lib/taxonomy";
import type { SeedOrganization } from "@/lib/validation/seed";

type Citations = { fact: CitedFact; excerpt?: string }[];

const cites = (citations: Citations, fact: CitedFact) => citations.some((citation) => citation.fact === fact && citation.excerpt);

/** One line per unsourced fact: "<record slug>: <fact>". */
export function unsourcedFacts(org: SeedOrganization): string[] {
  const lines: string[] = [];
  const name = (record: string, fact: string) => lines.push(`${record}: ${fact}`);
  unsourcedContacts(org).forEach((fact) => name(org.slug, fact));
  if (org.website && !cites(org.citations, "website")) name(org.slug, "website");
  for (const office of org.offices.filter((candidate) => candidate.published)) {
    unsourcedContacts(office).forEach((fact) => name(office.slug, fact));
    const { street, colonia } = office.address;
    if ((street || colonia) && !cites(office.citations, "address")) name(office.slug, "address");
    if ((office.hours.length > 0 || office.hoursNote) && !cites(office.citations, "hours")) name(office.slug, "hours");
    // Languages and interpreters are filled only from a source that states them (issue 15): never assumed.
    if ((office.languages.length > 0 || office.interpreters !== "unknown") && !cites(office.citations, "languages")) name(office.slug, "languages");
  }
  for (const service of org.services) {
    const record = `${org.slug} service ${service.type}`;
    const where = [org.citations, ...org.offices.filter((office) => service.offices.includes(office.slug)).map((office) => office.citations)];
    if (!cites(service.citations, "services") && !where.some((citations) => cites(citations, "services"))) name(record, "kind of help");
    if (service.cost !== "unknown" && !cites(service.citations, "cost")) name(record, `cost (${service.cost})`);
    if (service.populations.length > 0 && !cites(service.citations, "populations")) name(record, "populations");
  }
  return lines;
}
