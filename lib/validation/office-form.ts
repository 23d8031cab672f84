// The office editing form: one schema for the form, the server action and the
// audit snapshot. Field paths match the input names (see form-data.ts).
import { z } from "zod";
import { formText } from "@/lib/validation/text";
import { officeFields, officeLimits, officeTimeZones } from "@/lib/validation/office";
import { checkCitedContacts, citationRows } from "@/lib/validation/citation-rows";
import { checkbox, emailRows, formErrors, list, localizedOptional, localizedRequired, optionalText, phoneRows, rows, versionField } from "@/lib/validation/form-fields";

const { clockTime: time, languageCode } = officeFields;

/** Kept here too: the form's pages import the zones with the form. */
export { officeTimeZones };

export const officeFormSchema = z
  .object({
  version: versionField,
  name: localizedRequired(officeLimits.name),
  street: optionalText(officeLimits.street),
  streetDetail: optionalText(officeLimits.streetDetail),
  colonia: optionalText(officeLimits.colonia),
  municipality: optionalText(officeLimits.municipality),
  cityId: z.union([z.uuid(), z.literal("").transform(() => null)]).nullable().default(null),
  postalCode: z.union([z.literal("").transform(() => null), officeFields.postalCode]),
  timeZone: officeFields.timeZone,
  hoursNote: localizedOptional(officeLimits.hoursNote),
  /** Ticked in the language picker. */
  languages: list(languageCode).pipe(z.array(z.string()).max(officeLimits.languages)),
  /** Typed: codes the picker does not offer. */
  otherLanguages: formText
    .trim()
    .max(200)
    .default("")
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(languageCode).max(20)),
  interpreters: officeFields.interpreters.default("unknown"),
  confidentialAddress: checkbox,
  phones: phoneRows,
  emails: emailRows,
  hours: rows(
    z
      .object({ weekday: z.coerce.number().int().min(1).max(7), opens: time, closes: time })
      .refine((row) => row.opens < row.closes, { message: "hoursOrder", path: ["closes"] }),
    (row) => !String(row.opens ?? "").trim() && !String(row.closes ?? "").trim(),
  ),
  serviceIds: list(z.uuid()),
  citations: citationRows,
})
  .superRefine(checkCitedContacts);

export type OfficeFormValues = z.output<typeof officeFormSchema>;

/** Ticked and typed languages as one list, in the order given, without repeats. */
export function officeLanguages(values: Pick<OfficeFormValues, "languages" | "otherLanguages">): string[] {
  return [...new Set([...values.languages, ...values.otherLanguages])];
}
/** What the form shows: the values as typed, also when they are invalid. */
export type OfficeFormInput = Record<string, unknown>;

/** Field path ("phones.0.raw") → message key, for the errors shown next to each field. */
export function officeFormErrors(error: z.ZodError): Record<string, string> {
  return formErrors(error, (path) => (path.startsWith("name.") ? "required" : path.startsWith("hours.") ? "time" : "invalid"));
}
