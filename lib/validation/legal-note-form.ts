// The legal-note editing form: one schema for the form, the server action and the audit snapshot.
import { z } from "zod";
import { parseLegalBody } from "@/lib/legal-body";
import { jurisdictions, serviceTypes } from "@/lib/taxonomy";
import { formErrors, list, localizedRequired, rows, versionField } from "@/lib/validation/form-fields";
import { isRequiredLocale, locales, type Locale } from "@/lib/i18n/locales";
import { formText } from "@/lib/validation/text";

/**
 * The body is plain text read by parseLegalBody (blank line between
 * paragraphs, "- " starts a list item), required in the required locales like
 * the seed files' bodies, and optional (blank: shown in Spanish) in the others.
 * It is never parsed as HTML, so markup stays text.
 */
const legalBodyText = formText
  .trim()
  .max(20_000)
  .refine((text) => parseLegalBody(text).length > 0, "legalBody");
const optionalLegalBodyText = formText
  .trim()
  .max(20_000)
  .default("")
  .refine((text) => text === "" || parseLegalBody(text).length > 0, "legalBody");

const isoDate = z.union([z.literal("").transform(() => null), z.iso.date("date")]).nullable().default(null);

export const legalNoteFormSchema = z.object({
  version: versionField,
  title: localizedRequired(200),
  summary: localizedRequired(1000),
  body: z.object(
    Object.fromEntries(locales.map((l) => [l, isRequiredLocale(l) ? legalBodyText : optionalLegalBodyText])) as Record<Locale, typeof legalBodyText>,
  ),
  jurisdiction: z.enum(jurisdictions),
  position: z.coerce.number().int().min(0).max(1000),
  relatedServiceTypes: list(z.enum(serviceTypes)),
  sources: rows(
    z
      .object({
        title: formText.trim().min(1).max(300),
        url: formText.pipe(z.union([z.literal("").transform(() => undefined), z.url({ protocol: /^https?$/, message: "url" }).max(500)])).optional(),
        /** A seed document the fact comes from, by its catalogue id (kept as stored; not typed by editors). */
        document: z.union([z.literal("").transform(() => undefined), z.string().regex(/^[\w.-]{1,100}$/)]).optional(),
        date: isoDate,
      })
      .refine((source) => source.url || source.document, { message: "url", path: ["url"] }),
    (row) => !String(row.title ?? "").trim() && !String(row.url ?? "").trim() && !String(row.document ?? "").trim(),
    1,
  ),
});

export type LegalNoteFormValues = z.output<typeof legalNoteFormSchema>;

export function legalNoteFormErrors(error: z.ZodError): Record<string, string> {
  return formErrors(error, (path) =>
    /^(title|summary)\./.test(path) || /^sources\.\d+\.title$/.test(path) ? "required" : path.startsWith("body.") ? "legalBody" : "invalid",
  );
}
