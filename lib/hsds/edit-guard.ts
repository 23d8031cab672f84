// "Never overwrite a field an admin edited after the last import without
// saying so." Each HSDS row belongs to one of our records (organisation,
// office, service); an admin's audit entry names the form fields they changed.
// This maps those form field names (see lib/data/admin/office-snapshot.ts and
// the organisation and service forms) to the HSDS fields they cover.
import type { OfficeSnapshot } from "@/lib/data/admin/office-snapshot";
import type { OrganizationSnapshot } from "@/lib/data/admin/organization-snapshot";
import type { ServiceSnapshot } from "@/lib/data/admin/service-snapshot";
import { derivedId } from "@/lib/hsds/ids";
import type { ImportPlan } from "@/lib/hsds/import-plan";
import { hsdsTableNames, type HsdsTableName } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";

export type EntityType = "organization" | "office" | "service";
export type Owner = { entityType: EntityType; entityId: string };

/** A person's edit of a record since that record's last import. */
export type HumanEdit = Owner & { email: string; at: Date; fields: string[] };

/**
 * Fields of one planned row that a person edited since the last import. A
 * record's citations (decision 018) count as one row of "amparo_citation"
 * whose id is the record's.
 */
export type KeptChange = { table: HsdsTableName | "amparo_citation"; id: string; label?: string; isNew: boolean; fields: string[]; by: string; at: Date };

type Row = Record<string, unknown>;
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The records a row belongs to, first the one whose audit entry records it. */
export function ownersOf(table: HsdsTableName, row: Row): Owner[] {
  const id = str(row.id)!;
  const office = (entityId: unknown): Owner[] => (str(entityId) ? [{ entityType: "office", entityId: str(entityId)! }] : []);
  const organization = (entityId: unknown): Owner[] => (str(entityId) ? [{ entityType: "organization", entityId: str(entityId)! }] : []);
  const service = (entityId: unknown): Owner[] => (str(entityId) ? [{ entityType: "service", entityId: str(entityId)! }] : []);
  switch (table) {
    case "organization":
      return organization(id);
    case "location":
      return office(id);
    case "address":
    case "schedule":
    case "language":
      return office(row.location_id);
    case "phone":
    case "contact":
      return [...office(row.location_id), ...organization(row.organization_id)];
    case "service":
      return service(id);
    case "cost_option":
      return service(row.service_id);
    case "attribute":
      return row.link_entity === "location" ? office(row.link_id) : service(row.link_id);
    case "service_at_location":
      return [...service(row.service_id), ...office(row.location_id)];
    default:
      return [];
  }
}

// The form fields are the snapshots' own keys (what an audit entry names), so renaming a field breaks the build here.
type OrganizationField = keyof OrganizationSnapshot;
type OfficeField = keyof OfficeSnapshot;
type ServiceField = keyof ServiceSnapshot;

const organizationFields: Record<string, OrganizationField[]> = {
  name: ["name"],
  alternate_name: ["acronym"],
  description: ["description"],
  website: ["website"],
  email: ["emails"],
};
const addressFields: Record<string, OfficeField[]> = {
  address_1: ["street", "streetDetail"],
  address_2: ["colonia"],
  region: ["municipality"],
  city: ["cityId"],
  state_province: ["cityId"],
  country: ["cityId"],
  postal_code: ["postalCode"],
};
const serviceFields: Record<string, ServiceField[]> = {
  name: ["type"],
  description: ["description"],
  application_process: ["howToGetHelp"],
  eligibility_description: ["eligibility"],
  fees_description: ["cost"],
};

/** The form fields of `owner` whose edit covers `field` of this row. */
export function formFieldsFor(owner: EntityType, table: HsdsTableName, field: string, row: Row): string[] {
  const org = (...fields: OrganizationField[]) => fields;
  const office = (...fields: OfficeField[]) => fields;
  const service = (...fields: ServiceField[]) => fields;
  if (owner === "organization") {
    if (table === "organization") return organizationFields[field] ?? [];
    if (table === "phone") return org("phones");
    // A contact with a name is a person, which no form edits; one without is one of the organisation's e-mails.
    if (table === "contact") return row.name ? [] : org("emails");
    return [];
  }
  if (owner === "office") {
    if (table === "location") return field === "name" ? office("name") : [];
    if (table === "address") return addressFields[field] ?? [];
    if (table === "schedule") return row.id === derivedId(str(row.location_id) ?? "", "hours-note") ? office("hoursNote") : office("hours");
    if (table === "language") return office("languages");
    if (table === "phone") return office("phones");
    if (table === "contact") return office("emails");
    if (table === "service_at_location") return office("serviceIds");
    if (table === "attribute") return office("interpreters");
    return [];
  }
  if (table === "service") return serviceFields[field] ?? [];
  if (table === "cost_option") return service("cost");
  if (table === "attribute") return row.link_type === "audience" ? service("populations") : service("type");
  if (table === "service_at_location") return service("officeIds");
  return [];
}

/**
 * The form fields an import's audit key wrote ("address.address_1",
 * "phone[<id>].number"; see auditChanges). A person's edit of those fields is
 * then older than the import of them.
 */
export function formFieldsOfImportKey(entityType: EntityType, entityId: string, key: string): string[] {
  // An import that replaced a record's citations writes them under the form's own name (lib/data/hsds-apply.ts).
  if (key === "citations") return ["citations"];
  const match = /^(\w+)(?:\[([^\]]+)\])?\.(\w+)$/.exec(key);
  const table = match?.[1] as HsdsTableName | undefined;
  if (!match || !table || !hsdsTableNames.includes(table)) return [];
  const id = match[2] ?? entityId;
  // The key does not say whether a contact was a person or which kind of attribute it was: count both.
  const rows: Row[] = [
    { id, location_id: entityId, name: "person", link_type: "audience" },
    { id, location_id: entityId, link_type: "service_type" },
  ];
  return [...new Set(rows.flatMap((row) => formFieldsFor(entityType, table, match[3]!, row)))];
}

/** The latest edit by a person that covers `field` of this row, if any. */
function editCovering(table: HsdsTableName, row: Row, field: string, edits: HumanEdit[]): HumanEdit | undefined {
  const covering = ownersOf(table, row).flatMap((owner) => {
    const formFields = formFieldsFor(owner.entityType, table, field, row);
    return edits.filter(
      (edit) => edit.entityType === owner.entityType && edit.entityId === owner.entityId && edit.fields.some((name) => formFields.includes(name)),
    );
  });
  return covering.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
}

/** Every planned new or changed field that a person edited since the record's last import. */
export function keptChanges(plan: ImportPlan, incoming: HsdsTables, edits: HumanEdit[]): KeptChange[] {
  if (edits.length === 0) return [];
  const kept: KeptChange[] = [];
  for (const table of hsdsTableNames) {
    const rows = new Map((incoming[table] as Row[]).map((row) => [row.id as string, row]));
    const planned = [...plan[table].new.map((change) => ({ ...change, isNew: true })), ...plan[table].changed.map((change) => ({ ...change, isNew: false }))];
    for (const change of planned) {
      const row = rows.get(change.id);
      if (!row) continue;
      const byEdit = new Map<HumanEdit, string[]>();
      for (const field of change.fields) {
        const edit = editCovering(table, row, field, edits);
        if (edit) byEdit.set(edit, [...(byEdit.get(edit) ?? []), field]);
      }
      for (const [edit, fields] of byEdit) {
        kept.push({ table, id: change.id, label: change.label, isNew: change.isNew, fields, by: edit.email, at: edit.at });
      }
    }
  }
  return kept;
}

/** The record behind a citation row's link: HSDS calls an office a location. */
export const citationOwner = (link: { entity: "organization" | "location" | "service"; id: string }): Owner => ({
  entityType: link.entity === "location" ? "office" : link.entity,
  entityId: link.id,
});

/** Records whose citations the package replaces although a person edited them since the record's last import. */
export function keptCitations(replacements: { entity: "organization" | "location" | "service"; id: string }[], edits: HumanEdit[]): KeptChange[] {
  return replacements.flatMap((replacement) => {
    const owner = citationOwner(replacement);
    const edit = edits
      .filter((candidate) => candidate.entityType === owner.entityType && candidate.entityId === owner.entityId && candidate.fields.includes("citations"))
      .sort((a, b) => b.at.getTime() - a.at.getTime())[0];
    return edit ? [{ table: "amparo_citation" as const, id: replacement.id, isNew: false, fields: ["citations"], by: edit.email, at: edit.at }] : [];
  });
}
