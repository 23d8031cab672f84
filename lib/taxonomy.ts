// The taxonomy is defined once, as enums in prisma/schema.prisma; this module
// only exposes their values in a stable order. Labels live in messages/*.json
// under Taxonomy.serviceType / Taxonomy.population / Taxonomy.scope.
import {
  AccessMethod,
  CitedFact,
  Cost,
  Interpreters,
  Jurisdiction,
  OfficeKind,
  OrganizationScope,
  PhoneType,
  Population,
  ServiceType,
} from "@/prisma/generated/enums";

export const serviceTypes = Object.values(ServiceType);
export const populations = Object.values(Population);
export const organizationScopes = Object.values(OrganizationScope);
export const officeKinds = Object.values(OfficeKind);
export const phoneTypes = Object.values(PhoneType);
export const costs = Object.values(Cost);
export const accessMethods = Object.values(AccessMethod);
export const jurisdictions = Object.values(Jurisdiction);
export const citedFacts = Object.values(CitedFact);
/** Tri-state: yes, no, unknown. */
export const interpreterAvailability = Object.values(Interpreters);

/**
 * Languages offered as ticks in the office form (BCP 47): those of people
 * arriving in Mexico and the indigenous languages of the southern border.
 * Any other code can still be typed.
 */
export const pickerLanguages = ["es", "en", "fr", "ht", "pt", "ar", "ru", "zh", "quc", "kek", "mam", "tzo", "tzh", "yua"] as const;

export type { Interpreters, CitedFact, ServiceType, Population, OrganizationScope, Jurisdiction, PhoneType, Cost, AccessMethod, OfficeKind };
