// The office editing form: one schema for the form, the server action and the
// audit snapshot. Field paths match the input names (see form-data.ts).
import { z } from "zod";
import { normalisePhone } from "@/lib/phone";
import { phoneTypes } from "@/lib/taxonomy";
import { locales, type Locale } from "@/lib/i18n/locales";

const optionalText = (max: number) =>
  z.string().trim().max(max).transform((value) => (value === "" ? null : value)).nullable().default(null);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "time");
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
const rows = <T extends z.ZodType>(item: T, isBlank: (row: Record<string, unknown>) => boolean) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((row) => row && typeof row === "object" && !isBlank(row as Record<string, unknown>)) : []),
    z.array(item).max(20),
  );
const localizedRequired = z.object(
  Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1).max(200)])) as Record<Locale, z.ZodString>,
);
const localizedOptional = z.object(
  Object.fromEntries(locales.map((l) => [l, z.string().trim().max(1000).default("")])) as Record<Locale, z.ZodDefault<z.ZodString>>,
);

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

export const officeFormSchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
  name: localizedRequired,
  street: optionalText(200),
  streetDetail: optionalText(200),
  colonia: optionalText(120),
  municipality: optionalText(120),
  cityId: z.union([z.uuid(), z.literal("").transform(() => null)]).nullable().default(null),
  postalCode: z.string().trim().regex(/^(\d{5})?$/, "postalCode").transform((value) => value || null),
  timeZone: z.enum(officeTimeZones),
  hoursNote: localizedOptional,
  languages: z
    .string()
    .trim()
    .max(200)
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language")).max(20)),
  confidentialAddress: checkbox,
  phones: rows(
    z.object({
      raw: z.string().trim().min(3).max(60).refine((raw) => normalisePhone(raw).e164 !== null, "phone"),
      type: z.enum(phoneTypes),
      whatsapp: checkbox,
    }),
    (row) => !String(row.raw ?? "").trim(),
  ),
  emails: rows(z.object({ address: z.string().trim().pipe(z.email("email")).pipe(z.string().max(254)) }), (row) => !String(row.address ?? "").trim()),
  hours: rows(
    z
      .object({ weekday: z.coerce.number().int().min(1).max(7), opens: time, closes: time })
      .refine((row) => row.opens < row.closes, { message: "hoursOrder", path: ["closes"] }),
    (row) => !String(row.opens ?? "").trim() && !String(row.closes ?? "").trim(),
  ),
  serviceIds: list(z.uuid()),
});

export type OfficeFormValues = z.output<typeof officeFormSchema>;
/** What the form shows: the values as typed, also when they are invalid. */
export type OfficeFormInput = Record<string, unknown>;

/** Field path ("phones.0.raw") → message key, for the errors shown next to each field. */
export function officeFormErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".");
    const key = issue.message in knownMessages ? issue.message : defaultMessage(path);
    errors[path] ??= key;
  }
  return errors;
}

const knownMessages = { phone: 1, email: 1, time: 1, hoursOrder: 1, postalCode: 1, language: 1 } as const;

function defaultMessage(path: string): string {
  if (path.startsWith("name.")) return "required";
  if (path.startsWith("hours.")) return "time";
  return "invalid";
}
