// What the public API returns, as zod schemas. Every response body is parsed
// through its schema before it is sent (unknown fields are dropped), and the
// OpenAPI document is generated from the same schemas, so the description
// cannot drift from the responses.
import { officeFields } from "@/lib/validation/office";
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { accessMethods, costs, officeKinds, organizationScopes, phoneTypes, populations, serviceTypes } from "@/lib/taxonomy";

export const apiSchemas = z.registry<{ id: string; description?: string }>();
function named<T extends z.ZodType>(schema: T, id: string, description?: string): T {
  apiSchemas.add(schema, description ? { id, description } : { id });
  return schema;
}

const localized = named(
  z.object({ text: z.string(), locale: z.enum(locales), isFallback: z.boolean() }).nullable(),
  "LocalizedText",
  "Text in the requested language (`lang`), or in another when it is missing there (then isFallback is true).",
);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const phone = named(
  z.object({
    e164: z.string().nullable(),
    display: z.string(),
    extension: z.string().nullable(),
    type: z.enum(phoneTypes),
    whatsapp: z.boolean(),
    callable: z.boolean(),
    label: localized,
  }),
  "Phone",
);
const email = named(z.object({ address: z.string(), label: localized }), "Email");
const city = named(
  z.object({ slug, name: z.string(), state: z.object({ slug, name: z.string(), country: z.string() }) }).nullable(),
  "City",
);
const address = named(
  z.discriminatedUnion("confidential", [
    z.object({ confidential: z.literal(true), country: z.string() }),
    z.object({
      confidential: z.literal(false),
      street: z.string().nullable(),
      streetDetail: z.string().nullable(),
      colonia: z.string().nullable(),
      municipality: z.string().nullable(),
      postalCode: officeFields.postalCode.nullable(),
      country: z.string(),
      coordinates: z.object({ latitude: officeFields.latitude, longitude: officeFields.longitude }).nullable(),
    }),
  ]),
  "Address",
  "A confidential address (shelters, safe houses) is never published: only the country, and the city on the office.",
);

const serviceBase = {
  id: z.uuid(),
  type: z.enum(serviceTypes),
  populations: z.array(z.enum(populations)),
  description: localized,
  eligibility: localized,
  cost: z.enum(costs),
  accessMethods: z.array(z.enum(accessMethods)),
  howToGetHelp: localized,
};

/** An office's languages of service and interpreters, as the office and its listing give them. */
const officeLanguageFields = {
  languages: z.array(officeFields.languageCode).describe("ISO 639 codes of the languages help is given in; empty when the sources do not say."),
  interpreters: officeFields.interpreters.describe("Whether an interpreter can be had: `unknown` unless a source says yes or no."),
};

const office = named(
  z.object({
    id: z.uuid(),
    slug,
    name: localized,
    kind: z.enum(officeKinds),
    address,
    city,
    timeZone: officeFields.timeZone,
    hoursNote: localized,
    hours: z.array(
      z.object({ weekday: z.number().int().min(1).max(7), opens: officeFields.clockTime, closes: officeFields.clockTime, label: localized }),
    ),
    ...officeLanguageFields,
    needsVerification: z.boolean(),
    phones: z.array(phone),
    emails: z.array(email),
  }),
  "Office",
);

const organizationFields = {
  id: z.uuid(),
  slug,
  name: localized,
  acronym: localized,
  description: localized,
  scope: z.enum(organizationScopes),
  freeOfCharge: z.boolean().nullable(),
  needsVerification: z.boolean(),
  website: z.string().nullable(),
  verifiedAt: z.iso.datetime().nullable(),
  fraudReport: z.object({ email: z.string().nullable(), note: localized }).nullable(),
  phones: z.array(phone),
  emails: z.array(email),
};

export const organizationSchema = named(
  z.object({
    ...organizationFields,
    foundedYear: z.number().int().nullable(),
    contacts: z.array(z.object({ id: z.uuid(), name: z.string(), title: localized, email: z.string().nullable() })),
    offices: z.array(office),
    services: z.array(z.object({ ...serviceBase, offices: z.array(z.object({ id: z.uuid(), name: localized })) })),
  }),
  "Organization",
);

export const officeSchema = named(
  office.extend({
    /** The office's own last check, or its organisation's. */
    verifiedAt: z.iso.datetime().nullable(),
    organization: z.object(organizationFields),
    services: z.array(z.object(serviceBase)),
  }),
  "OfficeWithOrganization",
);

export const listingSchema = named(
  z.object({
    organization: z.object({ slug, name: localized, acronym: localized, freeOfCharge: z.boolean().nullable() }),
    office: z.object({ slug, name: localized, kind: z.enum(officeKinds), address, city, ...officeLanguageFields }).nullable(),
    serviceTypes: z.array(z.enum(serviceTypes)),
    populations: z.array(z.enum(populations)),
    phones: z.array(phone),
    emails: z.array(email),
  }),
  "Listing",
  "One result of the directory: an office, or an organisation that has no office (office is null).",
);

export const serviceSchema = named(
  z.object({
    ...serviceBase,
    organization: z.object({ slug, name: localized }),
    offices: z.array(z.object({ slug, name: localized })),
  }),
  "Service",
);

const links = z.object({ self: z.string(), next: z.string().nullable(), prev: z.string().nullable() });

const partFields = {
  typed: z.string().describe("The words as typed."),
  corrected: z.boolean().describe("A typo was forgiven (`abogdo` read as `abogado`)."),
  without: z.string().describe("`q` without this part (empty when nothing is left): the search with this reading undone."),
};
const understood = named(
  z
    .object({
      question: z.boolean().describe("The query asks something (a question mark, or a first word such as `cómo`, `how`)."),
      parts: z.array(
        z.discriminatedUnion("kind", [
          z.object({ kind: z.literal("service"), serviceTypes: z.array(z.enum(serviceTypes)), ...partFields }),
          z.object({ kind: z.literal("population"), population: z.enum(populations), ...partFields }),
          z.object({ kind: z.literal("place"), place: z.object({ kind: z.enum(["state", "city"]), slug, name: z.string() }), ...partFields }),
        ]),
      ),
      words: z.array(z.string()).describe("Other words, folded: each must appear in a result's text (or a near spelling)."),
      rankingOnly: z.array(z.string()).describe("Words that only order the results: a question's other words, or words no result has with the rest."),
      placeSetAside: z
        .object({ typed: z.string(), place: z.object({ kind: z.enum(["state", "city"]), slug, name: z.string() }) })
        .nullable()
        .describe("A place named in `q` that was not applied because `state` or `city` names another; drop those to search the typed place."),
    })
    .nullable(),
  "Understood",
  "What `q` was read as (null without `q`). A place applies as the `state` or `city` filter unless one is given; a kind of help or a " +
    "population matches a result that gives it, or whose text has the word; results giving what was asked for come first.",
);
const pageMeta = z.object({
  lang: z.enum(locales),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
  understood,
});

export const pageOf = <T extends z.ZodType, M extends z.ZodRawShape = Record<never, never>>(item: T, meta: M = {} as M) =>
  z.object({ data: z.array(item), meta: pageMeta.extend(meta), links });

const legalAnswer = named(
  z
    .object({
      slug,
      title: localized,
      answer: localized.describe("The note's answer in one line (the first sentence of its summary)."),
    })
    .nullable(),
  "LegalAnswer",
  "The legal note (GET /{lang}/informacion-legal/{slug} on the site) that answers `q`, or null.",
);
export const oneOf = <T extends z.ZodType>(item: T) => z.object({ data: item, meta: z.object({ lang: z.enum(locales) }) });

export const errorSchema = named(
  z.object({ error: z.object({ parameter: z.string().optional(), message: z.string() }) }),
  "Error",
  "`parameter` names the query parameter at fault (400 only).",
);

export const organizationPageSchema = named(pageOf(organizationSchema), "OrganizationPage");
export const listingPageSchema = named(pageOf(listingSchema, { answer: legalAnswer }), "ListingPage");
export const servicePageSchema = named(pageOf(serviceSchema), "ServicePage");
export const organizationResponseSchema = named(oneOf(organizationSchema), "OrganizationResponse");
export const officeResponseSchema = named(oneOf(officeSchema), "OfficeResponse");
