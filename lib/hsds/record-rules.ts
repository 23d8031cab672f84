// The directory's own rules for an office's and a phone's facts
// (lib/validation/office.ts, lib/validation/phone.ts), applied to an HSDS
// package: HSDS's schemas take any postal code or phone text, but the import
// must not write a record that the seed would refuse and the admin form could
// not save (issue 12: one definition per entity).
import type { RecordProblem } from "@/lib/hsds/from-hsds";
import type { ExportLabels } from "@/lib/hsds/labels";
import type { SourceOrganization } from "@/lib/hsds/source";
import type { HsdsTables } from "@/lib/hsds/types";
import { officeFields, officeLimits } from "@/lib/validation/office";
import { phoneProblem } from "@/lib/validation/phone";

const tooLong = (value: unknown, max: number) =>
  value !== null && typeof value === "object" && Object.values(value as Record<string, unknown>).some((text) => typeof text === "string" && text.length > max);

/** A phone's description carries the marker the export adds to a number kept as its source prints it. */
export const isAsWritten = (description: string | undefined, labels: ExportLabels) => (description?.split(" · ") ?? []).includes(labels.openData.asWritten);

export function recordRuleProblems(tables: HsdsTables, organizations: SourceOrganization[], labels: ExportLabels): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const phone of tables.phone) {
    const problem = phoneProblem(phone.number, isAsWritten(phone.description, labels));
    if (problem === "phone") problems.push({ table: "phone", id: phone.id, message: `"${phone.number}" is not a number that can be dialled (mark one a source prints incomplete "${labels.openData.asWritten}")` });
    if (problem === "phoneAsWritten") problems.push({ table: "phone", id: phone.id, message: `"${phone.number}" has too few digits to be a phone number` });
  }
  for (const office of organizations.flatMap((org) => org.offices)) {
    const refuse = (message: string) => problems.push({ table: "location", id: office.id, message });
    if (office.postalCode !== null && !officeFields.postalCode.safeParse(office.postalCode).success) refuse(`postal code "${office.postalCode}" is not five digits`);
    if (!officeFields.timeZone.safeParse(office.timeZone).success) refuse(`time zone "${office.timeZone}" is not one an office here keeps`);
    for (const code of office.languages) if (!officeFields.languageCode.safeParse(code).success) refuse(`language "${code}" is not a language code`);
    for (const hours of office.hours) {
      if (!officeFields.clockTime.safeParse(hours.opens).success || !officeFields.clockTime.safeParse(hours.closes).success || hours.opens >= hours.closes) {
        refuse(`opening hours ${hours.opens}–${hours.closes} are not a day's opening and closing times`);
      }
    }
    if (tooLong(office.name, officeLimits.name)) refuse(`name is longer than ${officeLimits.name} characters`);
    for (const field of ["street", "streetDetail", "colonia", "municipality"] as const) {
      const value = office[field];
      if (value && value.length > officeLimits[field]) refuse(`${field} is longer than ${officeLimits[field]} characters`);
    }
    if (tooLong(office.hoursNote, officeLimits.hoursNote)) refuse(`hours note is longer than ${officeLimits.hoursNote} characters`);
  }
  return problems;
}
