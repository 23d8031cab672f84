// The shape of the reviewable data files in prisma/seed/data/. Every file is
// parsed with these schemas before anything is written, so a typo fails with
// the file, the record and the field named (see prisma/seed/load.ts).
import { z } from "zod";
import { excerptMaxLength, isNamedSource, needsExcerpt, sourceKeyPattern } from "@/lib/provenance/rules";
import { localizedTextSchema, localizedTextUpTo as textUpTo } from "@/lib/validation/localized-text";
import { officeFields, officeLimits } from "@/lib/validation/office";
import { organizationLimits, serviceLimits } from "@/lib/validation/organization";
import { citationProblems } from "@/lib/provenance/fact-checks";
import { phoneLimits, phoneProblem } from "@/lib/validation/phone";
import {
  accessMethods,
  citedFacts,
  costs,
  jurisdictions,
  officeKinds,
  organizationScopes,
  phoneTypes,
  populations,
  serviceTypes,
} from "@/lib/taxonomy";

const uuid = z.uuid();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens");
const text = localizedTextSchema;

const countryCode = z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, e.g. MX");
const time = officeFields.clockTime;
const isoDate = z.iso.date();
/** A source, named by its id in sources.json (which says how to cite it). */
const sourceKey = z.string().regex(sourceKeyPattern, "the id of a source in sources.json");
/** As precise as the source says: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");

/**
 * One fact of a record and the source that states it, in the source's own
 * words. `value` names the phone (as `raw` writes it) or the e-mail the
 * citation vouches for; its digits or address must appear in the excerpt.
 */
export const seedCitationSchema = z
  .strictObject({
    fact: z.enum(citedFacts),
    source: sourceKey,
    excerpt: z.string().trim().min(3).max(excerptMaxLength).optional(),
    value: z.string().trim().min(1).optional(),
    /** Contradicted by a newer source: kept and shown as superseded. */
    superseded: z.boolean().default(false),
  })
  .refine((citation) => !needsExcerpt(citation.fact) || citation.excerpt, {
    path: ["excerpt"],
    message: "quote the words of the source that state the fact",
  });
export const weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export const seedPhoneSchema = z
  .strictObject({
    /** Exactly as the source wrote it; the loader normalises it to E.164. */
    raw: z.string().trim().min(3).max(phoneLimits.raw),
    /** Region used to read a number written without its country code. */
    country: countryCode.default("MX"),
    extension: z.string().trim().min(1).optional(),
    type: z.enum(phoneTypes).default("voice"),
    whatsapp: z.boolean().default(false),
    /** The source leaves part of the number out: keep it as written (lib/validation/phone.ts). */
    asWritten: z.boolean().default(false),
    label: text.optional(),
  })
  .superRefine((phone, ctx) => {
    const problem = phoneProblem(phone.raw, phone.asWritten, phone.country);
    if (problem === "phone") ctx.addIssue({ code: "custom", path: ["raw"], message: "is not a number that can be dialled; if the source prints it so, say asWritten: true" });
    if (problem === "phoneAsWritten") ctx.addIssue({ code: "custom", path: ["raw"], message: "has too few digits to be a phone number" });
  });

export const seedEmailSchema = z.strictObject({
  address: z.email(),
  label: text.optional(),
});

export const seedHoursSchema = z.strictObject({
  days: z.array(z.enum(weekdayNames)).min(1),
  opens: time,
  closes: time,
  label: text.optional(),
});

const coordinates = z.strictObject({ latitude: officeFields.latitude, longitude: officeFields.longitude });
const addressLine = (max: number) => z.string().trim().min(1).max(max).optional();

export const seedOfficeSchema = z.strictObject({
  id: uuid,
  slug,
  name: textUpTo(officeLimits.name),
  kind: z.enum(officeKinds).default("physical"),
  address: z.strictObject({
    street: addressLine(officeLimits.street),
    streetDetail: addressLine(officeLimits.streetDetail),
    colonia: addressLine(officeLimits.colonia),
    municipality: addressLine(officeLimits.municipality),
    /** Slug of a city in places.json; omitted when the sources give no city. */
    city: slug.optional(),
    postalCode: officeFields.postalCode.optional(),
    country: countryCode.default("MX"),
  }),
  coordinates: coordinates.optional(),
  timeZone: officeFields.timeZone,
  phones: z.array(seedPhoneSchema).default([]),
  emails: z.array(seedEmailSchema).default([]),
  hours: z.array(seedHoursSchema).default([]),
  hoursNote: text.optional(),
  languages: z.array(officeFields.languageCode).max(officeLimits.languages).default([]),
  interpreters: officeFields.interpreters.default("unknown"),
  confidentialAddress: z.boolean().default(false),
  needsVerification: z.boolean().default(false),
  verificationNote: text.optional(),
  /** false: kept for the record (closed, moved) but not shown; a `status` citation says why. */
  published: z.boolean().default(true),
  citations: z.array(seedCitationSchema).default([]),
});

export const seedServiceSchema = z.strictObject({
  id: uuid,
  type: z.enum(serviceTypes),
  populations: z.array(z.enum(populations)).default([]),
  description: textUpTo(serviceLimits.description),
  eligibility: textUpTo(serviceLimits.eligibility).optional(),
  cost: z.enum(costs).default("unknown"),
  accessMethods: z.array(z.enum(accessMethods)).default([]),
  howToGetHelp: textUpTo(serviceLimits.howToGetHelp).optional(),
  /** Slugs of this organisation's offices where the service is given; empty: not tied to an office. */
  offices: z.array(slug).default([]),
  citations: z.array(seedCitationSchema).default([]),
});

export const seedOrganizationSchema = z
  .strictObject({
    id: uuid,
    slug,
    name: textUpTo(organizationLimits.name),
    acronym: textUpTo(organizationLimits.acronym).optional(),
    description: textUpTo(organizationLimits.description),
    website: z.url({ protocol: /^https?$/ }).max(organizationLimits.website).optional(),
    scope: z.enum(organizationScopes),
    foundedYear: z.number().int().min(1800).max(2100).optional(),
    /** Omit when the sources do not say whether the help is free. */
    freeOfCharge: z.boolean().optional(),
    fraudReport: z.strictObject({ email: z.email().optional(), note: textUpTo(organizationLimits.fraudReportNote) }).optional(),
    nationalContact: z.boolean().default(false),
    /** Sources of the record as a whole (what it is and does); facts cite theirs in `citations`. */
    sources: z.array(sourceKey).min(1),
    citations: z.array(seedCitationSchema).default([]),
    needsVerification: z.boolean().default(false),
    verificationNote: text.optional(),
    phones: z.array(seedPhoneSchema).default([]),
    emails: z.array(seedEmailSchema).default([]),
    contacts: z
      .array(z.strictObject({ name: z.string().trim().min(1), title: text.optional(), email: z.email().optional() }))
      .default([]),
    offices: z.array(seedOfficeSchema).default([]),
    services: z.array(seedServiceSchema).default([]),
  })
  .superRefine((org, ctx) => {
    for (const [where, record] of [[[], org], ...org.offices.map((office, index) => [["offices", index], office] as const)] as const) {
      for (const problem of citationProblems(record)) {
        ctx.addIssue({ code: "custom", path: [...where, "citations", problem.index], message: problem.message });
      }
    }
    const officeSlugs = new Set(org.offices.map((office) => office.slug));
    org.services.forEach((service, index) => {
      service.offices.forEach((officeSlug, officeIndex) => {
        if (!officeSlugs.has(officeSlug)) {
          ctx.addIssue({
            code: "custom",
            path: ["services", index, "offices", officeIndex],
            message: `no office "${officeSlug}" in this organisation`,
          });
        }
      });
    });
    if ((org.needsVerification || org.offices.some((o) => o.needsVerification)) === false) return;
    if (org.needsVerification && !org.verificationNote) {
      ctx.addIssue({ code: "custom", path: ["verificationNote"], message: "say what needs verifying" });
    }
    org.offices.forEach((office, index) => {
      if (office.needsVerification && !office.verificationNote) {
        ctx.addIssue({ code: "custom", path: ["offices", index, "verificationNote"], message: "say what needs verifying" });
      }
    });
  });

export const seedPlacesSchema = z.strictObject({
  states: z.array(
    z.strictObject({
      id: uuid,
      slug,
      code: z.string().regex(/^[A-Z]{2}-[A-Z]{2,3}$/, "ISO 3166-2, e.g. MX-CHP"),
      country: countryCode,
      name: text,
      /** `coordinates`: the approximate city centre (not any office's location), for "near me" distances. */
      cities: z.array(z.strictObject({ id: uuid, slug, name: text, coordinates: coordinates.optional() })).min(1),
    }),
  ),
});

export const seedLegalNoteSchema = z.strictObject({
  id: uuid,
  slug,
  jurisdiction: z.enum(jurisdictions),
  position: z.number().int().min(0),
  title: text,
  summary: text,
  /** Paragraphs separated by a blank line; lines starting with "- " form a list. */
  body: text,
  sources: z
    .array(
      z
        .strictObject({
          title: z.string().trim().min(1),
          url: z.url({ protocol: /^https?$/ }).optional(),
          /** A source in sources.json the fact comes from. */
          document: sourceKey.optional(),
          date: isoDate.optional(),
        })
        .refine((source) => source.url || source.document, "give a url or a seed document"),
    )
    .min(1),
  relatedServiceTypes: z.array(z.enum(serviceTypes)).default([]),
  reviewedAt: isoDate.optional(),
});

/**
 * The catalogue of sources (prisma/seed/data/sources.json): how a page cites
 * each. Only what the source itself shows: its own title if it has one, its
 * publisher if it names itself, the date it gives. `description` says what it
 * is, for readers and for sources without a title.
 */
export const seedSourceSchema = z
  .strictObject({
    id: sourceKey,
    publisher: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    description: text.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    published: partialDate.optional(),
    consulted: isoDate,
  })
  .refine((source) => isNamedSource({ ...source, described: Boolean(source.description) }), {
    path: ["description"],
    message: "a source without a title says what it is, or is a page named by its publisher and address",
  });

export const seedSourcesSchema = z
  .strictObject({ sources: z.array(seedSourceSchema).min(1) })
  .refine((catalogue) => new Set(catalogue.sources.map((source) => source.id)).size === catalogue.sources.length, "each id once");

export type SeedOrganization = z.infer<typeof seedOrganizationSchema>;
export type SeedOffice = z.infer<typeof seedOfficeSchema>;
export type SeedPhone = z.infer<typeof seedPhoneSchema>;
export type SeedPlaces = z.infer<typeof seedPlacesSchema>;
export type SeedLegalNote = z.infer<typeof seedLegalNoteSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedCitation = z.infer<typeof seedCitationSchema>;
