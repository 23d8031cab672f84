// Deciding what applying an import writes: translations merged into the other
// language's, fields a person edited kept, one audit entry per record.
import { describe, expect, it } from "vitest";
import { auditChanges, mergeTranslation, notWritten, rowWrites, slugify } from "@/lib/hsds/apply-writes";
import { formFieldsOfImportKey, keptChanges, type HumanEdit } from "@/lib/hsds/edit-guard";
import { derivedId } from "@/lib/hsds/ids";
import { planImport } from "@/lib/hsds/import-plan";
import { emptyTables } from "@/lib/hsds/to-tables";
import type { HsdsTables } from "@/lib/hsds/types";

const orgId = "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e10";
const officeId = "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e40";

function tables(overrides: { name?: string; latitude?: number; phones?: { id: string; number: string; description?: string }[] }): HsdsTables {
  return {
    ...emptyTables(),
    organization: [{ id: orgId, name: "Refugio Ejemplo", description: "Acoge a mujeres." }],
    location: [{ id: officeId, location_type: "physical", organization_id: orgId, name: overrides.name ?? "Oficina Centro", latitude: overrides.latitude ?? 19.43 }],
    phone: (overrides.phones ?? []).map((phone) => ({ ...phone, location_id: officeId })),
  };
}

const editOf = (fields: string[]): HumanEdit => ({ entityType: "office", entityId: officeId, email: "eva@example.org", at: new Date("2026-11-20T10:00:00Z"), fields });

describe("applying an HSDS import", () => {
  it("puts the package's language into the translations and leaves the other language", () => {
    expect(mergeTranslation({ es: "Viejo", en: "Old" }, "es", { es: "Nuevo" })).toEqual({ es: "Nuevo", en: "Old" });
    expect(mergeTranslation({ es: "Viejo", en: "Old" }, "en", null)).toEqual({ es: "Viejo" });
    expect(mergeTranslation({ en: "Old" }, "en", { en: "  " })).toBeNull();
    expect(mergeTranslation(null, "en", { en: "New" })).toEqual({ en: "New" });
  });

  it("makes a slug from a name with accents and punctuation", () => {
    expect(slugify("Coalición Pro Defensa del Migrante, A.C.")).toBe("coalicion-pro-defensa-del-migrante-a-c");
    expect(slugify("¡¿?!")).toBe("");
  });

  it("recognises a phone an admin's save re-created under a new id, and adds a really new one", () => {
    const phone = { id: "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e20", number: "+525512345678" };
    const plan = planImport(
      tables({ phones: [phone, { id: "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e21", number: "+525599999999" }] }),
      tables({ phones: [{ ...phone, id: "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6eff", description: "Recepción" }] }),
    );
    expect(plan.phone).toEqual({ new: [expect.objectContaining({ label: "+525599999999" })], changed: [], unchanged: 1 });
  });

  it("keeps the fields a person edited, writes the others, and overwrites them only when told", () => {
    const current = tables({});
    const incoming = tables({ name: "Oficina Norte", latitude: 19.5, phones: [{ id: "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e22", number: "+525511112222" }] });
    const plan = planImport(incoming, current);
    const kept = keptChanges(plan, incoming, [editOf(["name", "phones"])]);
    expect(kept).toEqual([
      expect.objectContaining({ table: "location", fields: ["name"], by: "eva@example.org", isNew: false }),
      expect.objectContaining({ table: "phone", isNew: true }),
    ]);
    const written = rowWrites(plan, { incoming, current }, kept, false);
    expect(written.map((write) => [write.table, write.fields])).toEqual([["location", ["latitude"]]]);
    const overwritten = rowWrites(plan, { incoming, current }, kept, true);
    expect(overwritten.map((write) => [write.table, write.fields])).toEqual([
      ["location", ["latitude", "name"]],
      ["phone", ["number", "location_id"]],
    ]);
    expect(keptChanges(plan, incoming, [editOf(["timeZone", "confidentialAddress"])])).toEqual([]);
  });

  it("writes one audit entry per record, naming HSDS fields before and after", () => {
    const current = tables({});
    const incoming = tables({ latitude: 19.5, phones: [{ id: "5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e22", number: "+525511112222" }] });
    const changes = auditChanges(rowWrites(planImport(incoming, current), { incoming, current }, [], false));
    expect(changes).toEqual([
      {
        entityType: "office",
        entityId: officeId,
        action: "update",
        before: { "location.latitude": 19.43 },
        after: { "location.latitude": 19.5, "phone[5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e22].location_id": officeId, "phone[5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e22].number": "+525511112222" },
      },
    ]);
    const created = auditChanges(rowWrites(planImport(incoming, emptyTables()), { incoming, current: emptyTables() }, [], false));
    expect(created.map((change) => [change.entityType, change.action, change.before])).toEqual([
      ["organization", "create", undefined],
      ["office", "create", undefined],
    ]);
  });

  it("reads back from an import's audit entry which form fields it wrote", () => {
    expect(formFieldsOfImportKey("office", officeId, "address.address_1")).toEqual(["street", "streetDetail"]);
    expect(formFieldsOfImportKey("office", officeId, `schedule[${derivedId(officeId, "hours-note")}].description`)).toEqual(["hoursNote"]);
    expect(formFieldsOfImportKey("office", officeId, "schedule[5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e22].opens_at")).toEqual(["hours"]);
    // A named contact is a person, which no form edits: only the organisation's e-mails are a form field.
    expect(formFieldsOfImportKey("organization", orgId, "contact[5d1e3c1e-4a8b-4d0f-9d7e-2c5b8a1f6e22].email")).toEqual(["emails"]);
    expect(formFieldsOfImportKey("service", orgId, "citations")).toEqual(["citations"]);
    expect(formFieldsOfImportKey("office", officeId, "nonsense")).toEqual([]);
  });

  it("does not write, log or bump a record for fields derived from others", () => {
    const current = tables({});
    const incoming = tables({});
    incoming.location[0]!.url = "https://elsewhere.example.org";
    const plan = planImport(incoming, current);
    expect(plan.location.changed).toEqual([expect.objectContaining({ fields: ["url"] })]);
    expect(rowWrites(plan, { incoming, current }, [], true)).toEqual([]);
    expect(notWritten(plan)).toEqual(["location.url"]);
  });
});
