// The organisation editing form: one schema for the form, the server action and
// the audit snapshot. Field paths match the input names (see form-data.ts).
import { z } from "zod";
import { organizationScopes } from "@/lib/taxonomy";
import { organizationLimits } from "@/lib/validation/organization";
import { checkCitedContacts, citationRows } from "@/lib/validation/citation-rows";
import {
  checkbox,
  emailRows,
  formErrors,
  localizedOptional,
  localizedRequired,
  optionalEmail,
  phoneRows,
  requiredWhenEmpty,
  versionField,
  webAddress,
} from "@/lib/validation/form-fields";

export const freeOfChargeChoices = ["yes", "no", "unknown"] as const;

export const organizationFormSchema = z
  .object({
  version: versionField,
  name: localizedRequired(organizationLimits.name),
  acronym: localizedOptional(organizationLimits.acronym),
  description: localizedRequired(organizationLimits.description),
  website: webAddress,
  scope: z.enum(organizationScopes),
  freeOfCharge: z.enum(freeOfChargeChoices).default("unknown"),
  fraudReportEmail: optionalEmail,
  fraudReportNote: localizedOptional(organizationLimits.fraudReportNote),
  nationalContact: checkbox,
  phones: phoneRows,
  emails: emailRows,
  citations: citationRows,
})
  .superRefine(checkCitedContacts);

export type OrganizationFormValues = z.output<typeof organizationFormSchema>;

export function organizationFormErrors(error: z.ZodError): Record<string, string> {
  return formErrors(error, requiredWhenEmpty("name", "description"));
}

/** The stored tri-state (null: the sources do not say) as the form's choice, and back. */
export const freeOfChargeChoice = (value: boolean | null) => (value === null ? "unknown" : value ? "yes" : "no");
export const freeOfChargeValue = (choice: (typeof freeOfChargeChoices)[number]) => (choice === "unknown" ? null : choice === "yes");
