// The mapped records of a package by id, with their owner and position, so
// that each HSDS row to write finds the typed values it stands for.
import { derivedId } from "@/lib/hsds/ids";
import type { SourceContact, SourceEmail, SourceHours, SourceOffice, SourceOrganization, SourcePhone, SourceService } from "@/lib/hsds/source";
import type { HsdsSchedule } from "@/lib/hsds/types";

export type ChildOwner = { organizationId: string; officeId?: undefined } | { officeId: string; organizationId?: undefined };
type Child<T> = { value: T; owner: ChildOwner; position: number };

export type RecordIndex = ReturnType<typeof indexRecords>;

export function indexRecords(organizations: SourceOrganization[], schedules: HsdsSchedule[]) {
  const organization = new Map<string, SourceOrganization>();
  const office = new Map<string, { value: SourceOffice; organizationId: string }>();
  const service = new Map<string, { value: SourceService; organizationId: string }>();
  const phone = new Map<string, Child<SourcePhone>>();
  const email = new Map<string, Child<SourceEmail>>();
  const contact = new Map<string, Child<SourceContact>>();
  const hours = new Map<string, SourceHours>();
  const addChildren = <T extends { id: string }>(target: Map<string, Child<T>>, values: T[], owner: ChildOwner) =>
    values.forEach((value, position) => target.set(value.id, { value, owner, position }));

  for (const org of organizations) {
    organization.set(org.id, org);
    addChildren(phone, org.phones, { organizationId: org.id });
    addChildren(email, org.emails, { organizationId: org.id });
    addChildren(contact, org.contacts, { organizationId: org.id });
    for (const value of org.services) service.set(value.id, { value, organizationId: org.id });
    for (const value of org.offices) {
      office.set(value.id, { value, organizationId: org.id });
      addChildren(phone, value.phones, { officeId: value.id });
      addChildren(email, value.emails, { officeId: value.id });
      for (const row of value.hours) hours.set(row.id, row);
    }
  }
  /** The opening hours a schedule row became: one per day, the first keeping the schedule's id (see fromHsds). */
  const hoursOfSchedule = (schedule: HsdsSchedule): SourceHours[] =>
    (schedule.byday ?? "")
      .split(",")
      .filter(Boolean)
      .flatMap((day, index) => hours.get(index === 0 ? schedule.id : derivedId(schedule.id, day)) ?? []);
  const scheduleById = new Map(schedules.map((row) => [row.id, row]));
  return { organization, office, service, phone, email, contact, hoursOfSchedule, scheduleById };
}
