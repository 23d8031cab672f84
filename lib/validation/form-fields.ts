// zod pieces shared by the admin forms (offices, organisations, services,
// legal notes). Field paths match the input names (see form-data.ts), so an
// issue's path is also the name of the field its message goes next to.
import { organizationLimits } from "@/lib/validation/organization";
import { z } from "zod";
import { phoneLimits, phoneProblem } from "@/lib/validation/phone";
import { phoneTypes } from "@/lib/taxonomy";
import { isRequiredLocale, locales, type Locale } from "@/lib/i18n/locales";
import { formText, unstorableCharacterMessage } from "@/lib/validation/text";

/** Blank text becomes null. */
export const optionalText = (max: number) =>
  formText.trim().max(max).transform((value) => (value === "" ? null : value)).nullable().default(null);

/** An HTML checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** A checkbox group (repeated names): absent, one value or several. */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));

/** Repeated rows (`phones.0.raw`, `phones.1.raw`); rows left blank are dropped, so blanking a row removes it. */
export const rows = <T extends z.ZodType>(item: T, isBlank: (row: Record<string, unknown>) => boolean, min = 0, max = 20) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((row) => row && typeof row === "object" && !isBlank(row as Record<string, unknown>)) : []),
    z.array(item).min(min, "atLeastOne").max(max),
  );

/**
 * Text side by side in the form, one field per locale: required in
 * `requiredLocales`, blank allowed in the others (the site then shows the
 * default locale's text). Every locale is present in the result, blank as "".
 */
export const localizedRequired = (max: number) =>
  z.object(
    Object.fromEntries(
      locales.map((l) => [l, isRequiredLocale(l) ? formText.trim().min(1).max(max) : formText.trim().max(max).default("")]),
    ) as Record<Locale, z.ZodString>,
  );

/** Text that may be left blank in any locale. */
export const localizedOptional = (max: number) =>
  z.object(
    Object.fromEntries(locales.map((l) => [l, formText.trim().max(max).default("")])) as Record<Locale, z.ZodDefault<z.ZodString>>,
  ).prefault({});

/**
 * The texts worth storing: a locale left blank (an optional French field, say)
 * is left out rather than stored as "", as the seed does; readers treat both as
 * missing (pickLocalized), but the stored record stays as it was written.
 */
export function withoutBlanks<T extends Record<string, string>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, text]) => text !== "")) as T;
}

/** null when every locale is blank, so "no text" is stored as no text. */
export function blankToNull<T extends Record<string, string>>(value: T): T | null {
  return Object.values(value).some(Boolean) ? withoutBlanks(value) : null;
}

export const phoneRows = rows(
  z
    .object({
      raw: formText.trim().min(3).max(phoneLimits.raw),
      type: z.enum(phoneTypes),
      whatsapp: checkbox,
      /** Kept exactly as the source prints it, though it cannot be dialled so (lib/validation/phone.ts). */
      asWritten: checkbox,
      /** What the number is for ("Legal clinic"), in each locale. */
      label: localizedOptional(phoneLimits.label),
    })
    .superRefine((row, ctx) => {
      const problem = phoneProblem(row.raw, row.asWritten);
      if (problem) ctx.addIssue({ code: "custom", path: ["raw"], message: problem });
    }),
  (row) => !String(row.raw ?? "").trim(),
);

export const emailAddress = formText.trim().pipe(z.email("email")).pipe(z.string().max(254));
export const emailRows = rows(z.object({ address: emailAddress }), (row) => !String(row.address ?? "").trim());

/** Optional text checked by `schema` when given; blank becomes null. */
const blankOr = <T extends z.ZodType<string, string>>(schema: T) =>
  formText.trim().default("").transform((value) => value || null).pipe(schema.nullable());

export const webAddress = blankOr(z.url({ protocol: /^https?$/, message: "url" }).max(organizationLimits.website));
export const optionalEmail = blankOr(z.email("email").max(254));

/** The version the form was loaded at; absent (blank) when creating. */
export const versionField = z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).optional());

/**
 * Field path ("phones.0.raw") → message key in AdminForm.errors, for the
 * message shown next to each field. Issues whose message is not a known key
 * get the default for their path.
 */
export function formErrors(error: z.ZodError, defaultMessage: (path: string) => string = () => "invalid"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".");
    errors[path] ??= knownMessages.has(issue.message) ? issue.message : issue.code === "too_big" && issue.origin === "string" ? "tooLong" : defaultMessage(path);
  }
  return errors;
}

const knownMessages = new Set([
  unstorableCharacterMessage,
  "phone",
  "phoneAsWritten",
  "email",
  "time",
  "hoursOrder",
  "postalCode",
  "language",
  "url",
  "required",
  "legalBody",
  "date",
  "atLeastOne",
  "slug",
  "partialDate",
  "sourceNamed",
  "citationValue",
  "citationNotStated",
]);

/** Empty required text says "required"; anything else "invalid". */
export const requiredWhenEmpty = (...prefixes: string[]) => (path: string) =>
  prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)) ? "required" : "invalid";
