// HSDS 3.0 records as flat table rows (one type per CSV table). Optional fields
// are left out rather than set to null: the official schemas type them as
// strings or numbers, so null would not validate.
export type HsdsOrganization = {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  year_incorporated?: number;
};

export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  status: "active";
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
};

export type HsdsLocation = {
  id: string;
  location_type: "physical" | "virtual";
  url?: string;
  organization_id: string;
  name?: string;
  latitude?: number;
  longitude?: number;
};

export type HsdsServiceAtLocation = { id: string; service_id: string; location_id: string };

export type HsdsPhone = {
  id: string;
  location_id?: string;
  organization_id?: string;
  number: string;
  extension?: number;
  type?: string;
  description?: string;
};

export type HsdsContact = {
  id: string;
  organization_id?: string;
  location_id?: string;
  name?: string;
  title?: string;
  department?: string;
  email?: string;
};

export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  address_2?: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: "physical";
};

export type HsdsSchedule = {
  id: string;
  location_id: string;
  freq?: "WEEKLY";
  wkst?: "MO";
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
};

export type HsdsLanguage = { id: string; location_id: string; name?: string; code: string };

export type HsdsCostOption = {
  id: string;
  service_id: string;
  option?: string;
  currency?: string;
  amount?: number;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  /** A service's kind of help or group, or whether a location has interpreters. */
  link_type: "service_type" | "audience" | "interpreters";
  link_entity: "service" | "location";
};

export type HsdsTaxonomy = { id: string; name: string; description: string; version: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
};

/** Every exported record, by HSDS table name, in a stable order. */
export type HsdsTables = {
  organization: HsdsOrganization[];
  service: HsdsService[];
  location: HsdsLocation[];
  service_at_location: HsdsServiceAtLocation[];
  phone: HsdsPhone[];
  contact: HsdsContact[];
  address: HsdsAddress[];
  schedule: HsdsSchedule[];
  language: HsdsLanguage[];
  cost_option: HsdsCostOption[];
  attribute: HsdsAttribute[];
  taxonomy: HsdsTaxonomy[];
  taxonomy_term: HsdsTaxonomyTerm[];
};
