// Every text a form takes must refuse what PostgreSQL cannot store (a NUL byte
// gave a 500) with the field's own message. The samples fill in every field,
// and each string in them is spoiled in turn, so a new field that forgets
// formText fails here.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { reportFormSchema } from "@/lib/data/problem-reports";
import { accessMethods, costs, jurisdictions, organizationScopes, phoneTypes, populations, serviceTypes } from "@/lib/taxonomy";
import { newAccountSchema, signInSchema } from "@/lib/validation/account";
import { formErrors } from "@/lib/validation/form-fields";
import { legalNoteFormErrors, legalNoteFormSchema } from "@/lib/validation/legal-note-form";
import { localizedTextSchema } from "@/lib/validation/localized-text";
import { officeFormErrors, officeFormSchema } from "@/lib/validation/office-form";
import { organizationFormErrors, organizationFormSchema } from "@/lib/validation/organization-form";
import { closeReportSchema } from "@/lib/validation/problem-report";
import { serviceFormErrors, serviceFormSchema } from "@/lib/validation/service-form";

const uuid = "0b8a4a43-6a0e-4f8e-9a53-3d1f2a6b9c10";
/** A ticked checkbox sends "on"; anything else reads as not ticked. */
const checkboxes = /^(confidentialAddress|nationalContact|phones\.\d+\.whatsapp)$/;
const both = (es: string, en: string) => ({ es, en });

type Form = {
  schema: z.ZodType;
  errors: (error: z.ZodError) => Record<string, string>;
  sample: Record<string, unknown>;
  /** Fields with a fixed format or a choice: refused too, with their own message. */
  formatted?: RegExp;
  /** Fields never stored as text: anything goes. */
  notStored?: RegExp;
};

const forms: Record<string, Form> = {
  office: {
    schema: officeFormSchema,
    errors: officeFormErrors,
    sample: {
      version: "2",
      name: both("Oficina centro", "Downtown office"),
      street: "Calle 5 de Mayo 12",
      streetDetail: "Piso 2",
      colonia: "Centro",
      municipality: "Tapachula",
      cityId: uuid,
      postalCode: "30700",
      timeZone: "America/Mexico_City",
      hoursNote: both("Con cita", "By appointment"),
      languages: ["es", "ht"],
      otherLanguages: "wo",
      confidentialAddress: "on",
      phones: [{ raw: "55 1518 0730", type: phoneTypes[0], whatsapp: "on", label: both("Clínica", "Clinic") }],
      emails: [{ address: "info@example.org" }],
      hours: [{ weekday: "1", opens: "09:00", closes: "17:00" }],
      serviceIds: [uuid],
    },
    formatted: /^(version|cityId|postalCode|timeZone|languages\.\d+|phones\.\d+\.type|hours\.\d+\.(weekday|opens|closes)|serviceIds\.\d+)$/,
    notStored: checkboxes,
  },
  organization: {
    schema: organizationFormSchema,
    errors: organizationFormErrors,
    sample: {
      version: "1",
      name: both("Red", "Network"),
      acronym: both("RD", "RD"),
      description: both("Ayuda legal", "Legal help"),
      website: "https://example.org/help",
      scope: organizationScopes[0],
      freeOfCharge: "yes",
      fraudReportEmail: "fraude@example.org",
      fraudReportNote: both("Nunca cobramos", "We never charge"),
      nationalContact: "on",
      phones: [{ raw: "55 1234 5678", type: phoneTypes[0], label: both("Oficina", "Office") }],
      emails: [{ address: "hola@example.org" }],
    },
    formatted: /^(version|scope|freeOfCharge|phones\.\d+\.type)$/,
    notStored: checkboxes,
  },
  service: {
    schema: serviceFormSchema,
    errors: serviceFormErrors,
    sample: {
      version: "1",
      type: serviceTypes[0],
      populations: [populations[0]],
      description: both("Asesoría", "Advice"),
      eligibility: both("Personas refugiadas", "Refugees"),
      howToGetHelp: both("Llama", "Call"),
      cost: costs[0],
      accessMethods: [accessMethods[0]],
      officeIds: [uuid],
    },
    formatted: /^(version|type|cost|populations\.\d+|accessMethods\.\d+|officeIds\.\d+)$/,
  },
  legalNote: {
    schema: legalNoteFormSchema,
    errors: legalNoteFormErrors,
    sample: {
      version: "1",
      title: both("Asilo", "Asylum"),
      summary: both("Resumen", "Summary"),
      body: both("Un párrafo.\n\n- Un punto", "A paragraph.\n\n- A point"),
      jurisdiction: jurisdictions[0],
      position: "3",
      relatedServiceTypes: [serviceTypes[0]],
      sources: [{ title: "Ley sobre Refugiados", url: "https://example.org/ley", document: "refugee-legal-aid-mexico", date: "2024-01-31" }],
    },
    formatted: /^(version|jurisdiction|position|relatedServiceTypes\.\d+|sources\.\d+\.(document|date))$/,
  },
  newAccount: {
    schema: newAccountSchema,
    errors: (error) => formErrors(error),
    sample: { email: "ana@example.org", name: "Ana", role: "editor", password: "a passphrase of words" },
    formatted: /^role$/,
    // Hashed, never stored as text.
    notStored: /^password$/,
  },
  signIn: { schema: signInSchema, errors: (error) => formErrors(error), sample: { email: "ana@example.org", password: "x" }, notStored: /^password$/ },
  problemReport: {
    schema: reportFormSchema,
    errors: (error) => formErrors(error),
    sample: { office: "acnur-tapachula", locale: "es", message: "El teléfono ya no contesta.", website: "" },
    formatted: /^(office|locale)$/,
    // The honeypot only tells bots apart; it is never stored.
    notStored: /^website$/,
  },
  closeReport: { schema: closeReportSchema, errors: (error) => formErrors(error), sample: { id: uuid, resolution: "Se actualizó" }, formatted: /^id$/ },
  localizedText: { schema: localizedTextSchema, errors: (error) => formErrors(error), sample: both("Texto", "Text") },
};

/** Every string in a sample, by its field path ("phones.0.raw"). */
function stringPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === "string") return [prefix];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, child]) => stringPaths(child, [...prefix, key]));
  return [];
}

function withValue(sample: unknown, path: string[], change: (text: string) => string): unknown {
  const copy = structuredClone(sample) as Record<string, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
  parent[path.at(-1)!] = change(parent[path.at(-1)!] as string);
  return copy;
}

const spoilers = {
  "a NUL byte": (text: string) => `${text.slice(0, 2)}\u0000${text.slice(2)}`,
  "a bell character": (text: string) => `${text}\u0007`,
  "a lone surrogate": (text: string) => `\ud800${text}`,
};

describe.each(Object.entries(forms))("the %s form", (_name, form) => {
  it("accepts the complete sample, with tabs and line breaks in text", () => {
    const result = form.schema.safeParse(form.sample);
    expect(result.error?.issues).toBeUndefined();
    for (const path of stringPaths(form.sample)) {
      const lines = withValue(form.sample, path, (text) => `${text}\r\n\tsigue`);
      // Some fields allow fewer characters or no breaks (e-mail, URL, phone); none may call a break a control character.
      const errors = form.schema.safeParse(lines).error;
      expect(errors ? form.errors(errors)[path.join(".")] : undefined, path.join(".")).not.toBe("controlCharacter");
    }
  });

  for (const [what, spoil] of Object.entries(spoilers)) {
    it(`refuses ${what} in every text field with the field's own message`, () => {
      const paths = stringPaths(form.sample).filter((path) => !form.notStored?.test(path.join(".")));
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const field = path.join(".");
        const result = form.schema.safeParse(withValue(form.sample, path, spoil));
        expect(result.success, field).toBe(false);
        const errors = form.errors(result.error!);
        if (form.formatted?.test(field)) expect(errors[field], field).toBeDefined();
        else expect(errors, field).toEqual({ [field]: "controlCharacter" });
      }
    });
  }
});
