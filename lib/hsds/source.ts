// What the HSDS mapping reads: published records only, shaped as plain data so
// that the mapping stays pure (lib/data/hsds.ts loads it; tests build it by hand).
import type { ServiceDetailRow } from "@/lib/data/shape";
import type { Interpreters, OfficeKind, PhoneType } from "@/lib/taxonomy";

export type SourcePhone = {
  id: string;
  number: string | null;
  extension: string | null;
  raw: string;
  type: PhoneType;
  whatsapp: boolean;
  label: unknown;
};

export type SourceEmail = { id: string; address: string; label: unknown };

export type SourceContact = { id: string; name: string; title: unknown; email: string | null };

export type SourceHours = { id: string; weekday: number; opens: string; closes: string; label: unknown };

export type SourceCity = { name: unknown; state: { name: unknown; code: string; country: string } };

export type SourceOffice = {
  id: string;
  name: unknown;
  kind: OfficeKind;
  street: string | null;
  streetDetail: string | null;
  colonia: string | null;
  municipality: string | null;
  postalCode: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  city: SourceCity | null;
  timeZone: string;
  hoursNote: unknown;
  languages: string[];
  interpreters: Interpreters;
  confidentialAddress: boolean;
  phones: SourcePhone[];
  emails: SourceEmail[];
  hours: SourceHours[];
};

export type SourceService = Omit<ServiceDetailRow, "offices"> & {
  /** Published offices it is linked to; none means every office of the organisation. */
  officeIds: string[];
};

export type SourceOrganization = {
  id: string;
  name: unknown;
  acronym: unknown;
  description: unknown;
  website: string | null;
  foundedYear: number | null;
  phones: SourcePhone[];
  emails: SourceEmail[];
  contacts: SourceContact[];
  offices: SourceOffice[];
  services: SourceService[];
};

/** Removes what a confidential office must never reveal: only its city and state remain. */
export function withoutConfidentialDetails(office: SourceOffice): SourceOffice {
  if (!office.confidentialAddress) return office;
  return { ...office, street: null, streetDetail: null, colonia: null, municipality: null, postalCode: null, latitude: null, longitude: null };
}
