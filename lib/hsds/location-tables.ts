// One office → an HSDS location with its address, phones, contacts (e-mails),
// schedules and languages. A confidential office keeps only its city and state:
// no street, neighbourhood, municipality, postal code or coordinates.
import { derivedId } from "@/lib/hsds/ids";
import { exportLabels, type ExportLabels } from "@/lib/hsds/labels";
import { withoutConfidentialDetails, type SourceEmail, type SourceOffice, type SourcePhone } from "@/lib/hsds/source";
import type { HsdsAddress, HsdsContact, HsdsLanguage, HsdsLocation, HsdsPhone, HsdsSchedule } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

export type ExportContext = { lang: Locale; labels: ExportLabels; now: Date };

export const localized = (value: unknown, lang: Locale) => pickLocalized(value, lang)?.text;

/** Drops undefined values: an absent optional field is left out, never null (the schemas would refuse null). */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

const hsdsPhoneType = { voice: "voice", mobile: "cell", fax: "fax", toll_free: "voice", whatsapp_only: "text" } as const;

export function hsdsPhone(phone: SourcePhone, owner: { organization_id: string } | { location_id: string }, context: ExportContext): HsdsPhone {
  const { openData } = context.labels;
  const notes = [
    phoneLabel(phone, context.lang),
    phone.type === "toll_free" ? openData.tollFree : undefined,
    phone.type === "whatsapp_only" ? openData.whatsappOnly : phone.whatsapp ? openData.whatsapp : undefined,
    // A number kept as its source prints it (lib/validation/phone.ts) says so, or an import would refuse it.
    phone.number === null ? openData.asWritten : undefined,
  ].filter(Boolean);
  return compact({
    id: phone.id,
    ...owner,
    // An unparsable number is still worth giving as the source wrote it.
    number: phone.number ?? phone.raw,
    extension: phone.extension && /^\d+$/.test(phone.extension) ? Number(phone.extension) : undefined,
    type: hsdsPhoneType[phone.type],
    // A label that already says "WhatsApp only" is not repeated.
    description: [...new Set(notes)].join(" · ") || undefined,
  });
}

/**
 * The phone's label in `lang`. One shown in another language (no translation)
 * that only restates a marker in its own language ("Solo WhatsApp") is left
 * out: the marker says it in `lang`, and an import could not tell it apart.
 */
function phoneLabel(phone: SourcePhone, lang: Locale): string | undefined {
  const label = pickLocalized(phone.label, lang);
  if (!label) return undefined;
  const { tollFree, whatsapp, whatsappOnly, asWritten } = exportLabels(label.locale).openData;
  if (label.isFallback && [tollFree, whatsapp, whatsappOnly, asWritten].includes(label.text)) return undefined;
  return label.text;
}

export function hsdsEmailContact(email: SourceEmail, owner: { organization_id: string } | { location_id: string }, lang: Locale): HsdsContact {
  return compact({ id: email.id, ...owner, department: localized(email.label, lang), email: email.address });
}

/** "+HH:MM" offset of a time zone at a moment (HSDS asks for times with their offset). */
export function utcOffset(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = name?.replace("GMT", "") ?? "";
  return offset === "" ? "Z" : offset;
}

const icalDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

function hsdsAddress(office: SourceOffice, lang: Locale): HsdsAddress | undefined {
  // HSDS requires a city and a state; without them there is no address to give.
  if (office.kind !== "physical" || !office.city) return undefined;
  const street = [office.street, office.streetDetail].filter(Boolean).join(", ");
  return compact({
    id: derivedId(office.id, "address"),
    location_id: office.id,
    // Required by HSDS even when unknown or withheld: an empty string says "not given".
    address_1: street,
    address_2: office.colonia ?? undefined,
    city: localized(office.city.name, lang) ?? "",
    region: office.municipality ?? undefined,
    state_province: localized(office.city.state.name, lang) ?? office.city.state.code,
    postal_code: office.postalCode ?? "",
    country: office.country,
    address_type: "physical" as const,
  }) as HsdsAddress;
}

export function locationTables(source: SourceOffice, organization: { id: string; website: string | null }, context: ExportContext) {
  const { lang } = context;
  const office = withoutConfidentialDetails(source);
  const owner = { location_id: office.id };
  const location: HsdsLocation = compact({
    id: office.id,
    location_type: office.kind === "physical" ? ("physical" as const) : ("virtual" as const),
    url: office.kind === "remote" ? (organization.website ?? undefined) : undefined,
    organization_id: organization.id,
    name: localized(office.name, lang),
    latitude: office.latitude ?? undefined,
    longitude: office.longitude ?? undefined,
  });
  const offset = utcOffset(office.timeZone, context.now);
  const schedules: HsdsSchedule[] = office.hours.map((hours) =>
    compact({
      id: hours.id,
      location_id: office.id,
      freq: "WEEKLY" as const,
      wkst: "MO" as const,
      byday: icalDays[hours.weekday - 1],
      opens_at: `${hours.opens}:00${offset}`,
      closes_at: `${hours.closes}:00${offset}`,
      description: localized(hours.label, lang),
    }),
  );
  const hoursNote = localized(office.hoursNote, lang);
  if (hoursNote) schedules.push({ id: derivedId(office.id, "hours-note"), location_id: office.id, description: hoursNote });
  const languages: HsdsLanguage[] = office.languages.map((code) =>
    compact({ id: derivedId(office.id, `language:${code}`), location_id: office.id, name: context.labels.languageName(code), code }),
  );
  const address = hsdsAddress(office, lang);
  return {
    location,
    addresses: address ? [address] : [],
    phones: office.phones.map((phone) => hsdsPhone(phone, owner, context)),
    contacts: office.emails.map((email) => hsdsEmailContact(email, owner, lang)),
    schedules,
    languages,
  };
}
