// The service editing form: one schema for the form, the server action and the audit snapshot.
import { z } from "zod";
import { accessMethods, costs, populations, serviceTypes } from "@/lib/taxonomy";
import { serviceLimits } from "@/lib/validation/organization";
import { checkCitedContacts, citationRows } from "@/lib/validation/citation-rows";
import { formErrors, list, localizedOptional, localizedRequired, requiredWhenEmpty, versionField } from "@/lib/validation/form-fields";

export const serviceFormSchema = z
  .object({
  version: versionField,
  type: z.enum(serviceTypes),
  /** None ticked: the service is for everyone. */
  populations: list(z.enum(populations)),
  description: localizedRequired(serviceLimits.description),
  eligibility: localizedOptional(serviceLimits.eligibility),
  howToGetHelp: localizedOptional(serviceLimits.howToGetHelp),
  cost: z.enum(costs),
  accessMethods: list(z.enum(accessMethods)),
  officeIds: list(z.uuid()),
  citations: citationRows,
})
  // A service has no phones or e-mails of its own: its organisation's and offices' cite theirs.
  .superRefine(checkCitedContacts);

export type ServiceFormValues = z.output<typeof serviceFormSchema>;

export function serviceFormErrors(error: z.ZodError): Record<string, string> {
  return formErrors(error, requiredWhenEmpty("description"));
}
