// The source form (admin → Sources): one schema for the form, the server
// action and the audit snapshot. The same rules as a source in sources.json
// (lib/validation/seed.ts, seedSourceSchema), with the form's messages.
import { z } from "zod";
import { isNamedSource, sourceKeyPattern } from "@/lib/provenance/rules";
import { formErrors, localizedOptional, optionalText, versionField, webAddress } from "@/lib/validation/form-fields";
import { partialDate } from "@/lib/validation/seed";
import { formText } from "@/lib/validation/text";
import { requiredLocales } from "@/lib/i18n/locales";

/** A readable, stable name: seed files and HSDS name a source by it, and its id derives from it. */
export const sourceKey = formText.trim().max(100).regex(sourceKeyPattern, "slug");

const sourceFields = z.object({
  version: versionField,
  publisher: optionalText(200),
  /** The source's own title, when it shows one. */
  title: optionalText(300),
  /** What the document is, for one without a title: blank, or in every required locale. */
  description: localizedOptional(1000),
  url: webAddress,
  /** As precise as the source says: YYYY, YYYY-MM or YYYY-MM-DD; blank when undated. */
  published: formText
    .trim()
    .default("")
    .refine((value) => value === "" || partialDate.safeParse(value).success, "partialDate")
    .transform((value) => value || null),
  consultedOn: formText.trim().pipe(z.iso.date("date")),
});

type SourceFields = z.output<typeof sourceFields>;

function sourceRules(source: SourceFields, ctx: z.RefinementCtx) {
  // Blank, or written in every required locale (another locale may be left blank).
  const described = Object.values(source.description).some(Boolean);
  if (described) {
    for (const locale of requiredLocales) {
      if (!source.description[locale]) ctx.addIssue({ code: "custom", path: ["description", locale], message: "required" });
    }
  }
  // A reader must be able to tell what it is: its title, what it is, or a page named by its publisher and address.
  if (!isNamedSource({ ...source, described })) ctx.addIssue({ code: "custom", path: ["title"], message: "sourceNamed" });
}

/** Editing a source: its key stays as it was created (seed files and exports name it). */
export const sourceFormSchema = sourceFields.superRefine(sourceRules);
export const newSourceFormSchema = sourceFields.extend({ key: sourceKey }).superRefine(sourceRules);

export type SourceFormValues = z.output<typeof sourceFormSchema>;
export type NewSourceFormValues = z.output<typeof newSourceFormSchema>;

export function sourceFormErrors(error: z.ZodError): Record<string, string> {
  return formErrors(error);
}
