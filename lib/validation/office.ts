// What an office's facts may be, defined once. The seed files, the admin form
// (and through it the HSDS import, which saves with the form's rules) and the
// API's description of an office all take their rules from here, so a value
// one of them accepts the others accept too (issue 12: the seed took any IANA
// zone and 4–10-character postcodes while the form took 16 zones and 5 digits).
import { z } from "zod";
import { interpreterAvailability } from "@/lib/taxonomy";

/** The clocks an office in Mexico, or on the US side of the border, keeps. */
export const officeTimeZones = [
  "America/Mexico_City",
  "America/Cancun",
  "America/Merida",
  "America/Monterrey",
  "America/Matamoros",
  "America/Chihuahua",
  "America/Ciudad_Juarez",
  "America/Ojinaga",
  "America/Mazatlan",
  "America/Hermosillo",
  "America/Tijuana",
  "America/Los_Angeles",
  "America/Phoenix",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
] as const;

/** Longest text each free-text field holds. */
export const officeLimits = { name: 200, street: 200, streetDetail: 200, colonia: 120, municipality: 120, hoursNote: 1000, languages: 30, languageCode: 35 } as const;

/** Messages are keys of the form's translated errors; the seed check prints them with the field's path. */
export const officeFields = {
  timeZone: z.enum(officeTimeZones, { error: "timeZone" }),
  /** A Mexican código postal or a US ZIP code: five digits. */
  postalCode: z.string().trim().regex(/^\d{5}$/, "postalCode"),
  /** BCP 47: es, en, ht, tzo, pt-BR… */
  languageCode: z.string().max(officeLimits.languageCode, "language").regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language"),
  /** Whether an interpreter can be had: yes, no, or unknown (the default: a source must say, never a guess). */
  interpreters: z.enum(interpreterAvailability, { error: "interpreters" }),
  /** 24-hour clock; 24:00 closes at midnight. */
  clockTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "time"),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
} as const;
