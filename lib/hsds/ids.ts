// Stable HSDS ids. Records that have a UUID in our database keep it; records
// HSDS needs but we do not store (taxonomies, addresses, cost options, links)
// get a UUID v5 derived from their parent's id, like the seed does for phones,
// so two exports, and exports from two databases, agree.
import { v5 as uuidv5 } from "uuid";

/** Fixed namespace for ids that have no parent record (taxonomies and their terms). */
const amparoNamespace = "0b6f3d1e-5c1a-4d6e-9f57-8a3c2e4b7d10";

export const derivedId = (parentId: string, kind: string) => uuidv5(kind, parentId);

export const taxonomyId = (taxonomy: string) => uuidv5(`taxonomy:${taxonomy}`, amparoNamespace);
export const taxonomyTermId = (taxonomy: string, code: string) => uuidv5(`taxonomy:${taxonomy}:${code}`, amparoNamespace);
export const serviceAtLocationId = (serviceId: string, officeId: string) => derivedId(serviceId, `service_at_location:${officeId}`);
