// A source's id is derived from its readable key, so the same source has the
// same id in every database and in every HSDS export, whoever loaded it.
import { v5 as uuidv5 } from "uuid";

/** Namespace of Amparo's source ids (a random UUID, fixed once). */
const sourceNamespace = "5b0f5d0e-8a8c-4f57-9a52-3f1f2a6c7d41";

export const sourceIdFor = (key: string) => uuidv5(`source:${key}`, sourceNamespace);
