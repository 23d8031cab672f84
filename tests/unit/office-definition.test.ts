import { describe, expect, it } from "vitest";
import { officeSchema } from "@/lib/api/schemas";
import { formDataToObject } from "@/lib/validation/form-data";
import { officeFormErrors, officeFormSchema } from "@/lib/validation/office-form";
import { organizationFormSchema } from "@/lib/validation/organization-form";
import { organizationLimits, serviceLimits } from "@/lib/validation/organization";
import { seedOfficeSchema, seedOrganizationSchema, seedPhoneSchema, seedServiceSchema } from "@/lib/validation/seed";
import { serviceFormSchema } from "@/lib/validation/service-form";

// Issue 12: the seed accepted any IANA zone and 4–10-character postcodes, the admin form 16 zones
// and exactly five digits. One definition (lib/validation/office.ts) now decides for all three.

type Fields = { postalCode?: string; timeZone: string; language?: string; interpreters?: string };

const viaSeed = (fields: Fields) =>
  seedOfficeSchema.safeParse({
    id: "00000000-0000-4000-8000-000000000020",
    slug: "oficina",
    name: { es: "Oficina", en: "Office" },
    address: { postalCode: fields.postalCode },
    timeZone: fields.timeZone,
    languages: fields.language ? [fields.language] : [],
    ...(fields.interpreters === undefined ? {} : { interpreters: fields.interpreters }),
  }).success;

const viaForm = (fields: Fields) => {
  const data = new FormData();
  for (const [name, value] of Object.entries({ version: "1", "name.es": "Oficina", "name.en": "Office", timeZone: fields.timeZone, postalCode: fields.postalCode ?? "", languages: fields.language ?? "", ...(fields.interpreters === undefined ? {} : { interpreters: fields.interpreters }) })) {
    data.append(name, value);
  }
  return officeFormSchema.safeParse(formDataToObject(data)).success;
};

const viaApi = (fields: Fields) =>
  officeSchema.shape.timeZone.safeParse(fields.timeZone).success &&
  (fields.postalCode === undefined || officeSchema.shape.address.options[1].shape.postalCode.safeParse(fields.postalCode).success) &&
  (fields.language === undefined || officeSchema.shape.languages.safeParse([fields.language]).success) &&
  (fields.interpreters === undefined || officeSchema.shape.interpreters.safeParse(fields.interpreters).success);

const cases = [
  { fields: { timeZone: "America/Tijuana", postalCode: "22000" }, valid: true },
  { fields: { timeZone: "America/Los_Angeles", postalCode: "94102" }, valid: true },
  { fields: { timeZone: "America/Mexico_City", postalCode: "0670" }, valid: false },
  { fields: { timeZone: "America/Mexico_City", postalCode: "86900-123" }, valid: false },
  { fields: { timeZone: "America/Mexico_City", postalCode: "C.P. 8" }, valid: false },
  { fields: { timeZone: "Europe/Madrid" }, valid: false },
  { fields: { timeZone: "America/Mexico_City", language: "es-MX" }, valid: true },
  { fields: { timeZone: "America/Mexico_City", language: "Spanish" }, valid: false },
  { fields: { timeZone: "America/Mexico_City", language: "ht", interpreters: "yes" }, valid: true },
  { fields: { timeZone: "America/Mexico_City", interpreters: "no" }, valid: true },
  { fields: { timeZone: "America/Mexico_City", interpreters: "unknown" }, valid: true },
  // Tri-state, not a boolean: "maybe" or "true" is nobody's answer.
  { fields: { timeZone: "America/Mexico_City", interpreters: "maybe" }, valid: false },
  { fields: { timeZone: "America/Mexico_City", interpreters: "true" }, valid: false },
];

describe("interpreters: unknown unless someone says", () => {
  it("defaults to unknown in the seed and the form alike", () => {
    const seed = seedOfficeSchema.parse({ id: "00000000-0000-4000-8000-000000000021", slug: "o", name: { es: "O", en: "O" }, address: {}, timeZone: "America/Mexico_City" });
    const data = new FormData();
    for (const [name, value] of Object.entries({ version: "1", "name.es": "O", "name.en": "O", postalCode: "", timeZone: "America/Mexico_City" })) data.append(name, value);
    expect({ seed: seed.interpreters, form: officeFormSchema.parse(formDataToObject(data)).interpreters }).toEqual({ seed: "unknown", form: "unknown" });
  });

  it("names a wrong value with its own translated message key", () => {
    const data = new FormData();
    for (const [name, value] of Object.entries({ version: "1", "name.es": "O", "name.en": "O", postalCode: "", timeZone: "America/Mexico_City", interpreters: "maybe" })) data.append(name, value);
    const result = officeFormSchema.safeParse(formDataToObject(data));
    expect(result.success).toBe(false);
    expect(officeFormErrors(result.error!)).toEqual({ interpreters: "interpreters" });
  });
});

describe("one definition of an office's facts", () => {
  for (const { fields, valid } of cases) {
    it(`${valid ? "accepts" : "refuses"} ${JSON.stringify(fields)} in the seed, the admin form and the API alike`, () => {
      expect({ seed: viaSeed(fields), form: viaForm(fields), api: viaApi(fields) }).toEqual({ seed: valid, form: valid, api: valid });
    });
  }
});

describe("one limit for an organisation's and a service's text", () => {
  const seedOrganization = (description: string) =>
    seedOrganizationSchema.safeParse({
      id: "00000000-0000-4000-8000-000000000030",
      slug: "org",
      name: { es: "Org", en: "Org" },
      description: { es: description, en: "Short." },
      scope: "local",
      sources: ["refugee-legal-aid-mexico"],
    }).success;
  const formOrganization = (description: string) =>
    organizationFormSchema.safeParse({ name: { es: "Org", en: "Org" }, description: { es: description, en: "Short." }, scope: "local" }).success;
  const seedService = (eligibility: string) =>
    seedServiceSchema.safeParse({
      id: "00000000-0000-4000-8000-000000000031",
      type: "shelter",
      description: { es: "Albergue.", en: "Shelter." },
      eligibility: { es: eligibility, en: "Anyone." },
    }).success;
  const formService = (eligibility: string) =>
    serviceFormSchema.safeParse({ type: "shelter", description: { es: "Albergue.", en: "Shelter." }, eligibility: { es: eligibility, en: "Anyone." }, cost: "unknown" }).success;

  it("takes in the seed exactly the text the admin form can save", () => {
    for (const length of [organizationLimits.description, organizationLimits.description + 1]) {
      const text = "a".repeat(length);
      expect({ seed: seedOrganization(text), form: formOrganization(text) }, `description of ${length}`).toEqual({
        seed: length <= organizationLimits.description,
        form: length <= organizationLimits.description,
      });
    }
    for (const length of [serviceLimits.eligibility, serviceLimits.eligibility + 1]) {
      const text = "b".repeat(length);
      expect({ seed: seedService(text), form: formService(text) }, `eligibility of ${length}`).toEqual({
        seed: length <= serviceLimits.eligibility,
        form: length <= serviceLimits.eligibility,
      });
    }
  });
});

// CNDH's 24-hour line ("56 81 81 25") was taken by the seed and refused by the form, so the office could not be
// saved from the admin area. A phone is now one rule for both (lib/validation/phone.ts).
describe("one definition of a phone", () => {
  const viaSeed = (phone: { raw: string; asWritten?: boolean }) => seedPhoneSchema.safeParse(phone).success;
  const viaForm = (phone: { raw: string; asWritten?: boolean }) => {
    const data = new FormData();
    for (const [name, value] of Object.entries({ version: "1", "name.es": "Oficina", "name.en": "Office", timeZone: "America/Mexico_City", postalCode: "", "phones.0.raw": phone.raw, "phones.0.type": "voice" })) {
      data.append(name, value);
    }
    if (phone.asWritten) data.append("phones.0.asWritten", "on");
    return officeFormSchema.safeParse(formDataToObject(data)).success;
  };
  const phones = [
    { phone: { raw: "+52 (55) 56 81 81 25" }, valid: true },
    { phone: { raw: "01 800 715 2000" }, valid: true },
    { phone: { raw: "56 81 81 25" }, valid: false },
    { phone: { raw: "56 81 81 25", asWritten: true }, valid: true },
    { phone: { raw: "5209-8800", asWritten: true }, valid: true },
    { phone: { raw: "12 34", asWritten: true }, valid: false },
    { phone: { raw: "9" + "6".repeat(60), asWritten: true }, valid: false },
  ];
  for (const { phone, valid } of phones) {
    it(`${valid ? "accepts" : "refuses"} ${JSON.stringify(phone)} in the seed and the admin form alike`, () => {
      expect({ seed: viaSeed(phone), form: viaForm(phone) }).toEqual({ seed: valid, form: valid });
    });
  }
});
