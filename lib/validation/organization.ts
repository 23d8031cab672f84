// What an organisation's and a service's facts may be, defined once: the seed
// files and the admin forms (and through them the HSDS import) take their
// limits from here, so text one of them accepts the other can save too.
// Offices: lib/validation/office.ts.

/** Longest text each organisation field holds, per language. */
export const organizationLimits = { name: 200, acronym: 40, description: 4000, fraudReportNote: 1000, website: 500 } as const;

/** Longest text each service field holds, per language. */
export const serviceLimits = { description: 4000, eligibility: 2000, howToGetHelp: 4000 } as const;
