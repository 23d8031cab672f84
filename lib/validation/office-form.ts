// The office editing form: one schema for the form, the server action and the
// audit snapshot. Field paths match the input names (see form-data.ts).
import { z } from "zod";
import { formText } from "@/lib/validation/text";
import { checkbox, emailRows, formErrors, list, localizedOptional, localizedRequired, optionalText, phoneRows, rows, versionField } from "@/lib/validation/form-fields";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "time");

export const officeTimeZones = [
  "America/Mexico_City",
  "America/Cancun",
  "America/Merida",
  "America/Monterrey",
  "America/Matamoros",
  "America/Chihuahua",
  "America/Ciudad_Juarez",
  "America/Ojinaga",
  "America/Mazatlan",
  "America/Hermosillo",
  "America/Tijuana",
  "America/Los_Angeles",
  "America/Phoenix",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
] as const;

const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language");

export const officeFormSchema = z.object({
  version: versionField,
  name: localizedRequired(200),
  street: optionalText(200),
  streetDetail: optionalText(200),
  colonia: optionalText(120),
  municipality: optionalText(120),
  cityId: z.union([z.uuid(), z.literal("").transform(() => null)]).nullable().default(null),
  postalCode: z.string().trim().regex(/^(\d{5})?$/, "postalCode").transform((value) => value || null),
  timeZone: z.enum(officeTimeZones),
  hoursNote: localizedOptional(1000),
  /** Ticked in the language picker. */
  languages: list(languageCode).pipe(z.array(z.string()).max(30)),
  /** Typed: codes the picker does not offer. */
  otherLanguages: formText
    .trim()
    .max(200)
    .default("")
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(languageCode).max(20)),
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
});

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
