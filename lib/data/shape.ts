// Turns database rows into what public pages may show. Confidential addresses
// are removed here, in the one place every public read goes through, so no page
// can leak a shelter's street by forgetting a check.
import { formatPhone } from "@/lib/phone";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";
import type { PhoneType } from "@/lib/taxonomy";


export const phoneSelect = { id: true, number: true, extension: true, raw: true, type: true, whatsapp: true, label: true } as const;
export const emailSelect = { id: true, address: true, label: true } as const;
export const citySelect = { slug: true, name: true, state: { select: { slug: true, name: true, country: true } } } as const;

type PhoneRow = { id: string; number: string | null; extension: string | null; raw: string; type: PhoneType; whatsapp: boolean; label: unknown };
type EmailRow = { id: string; address: string; label: unknown };
type CityRow = { slug: string; name: unknown; state: { slug: string; name: unknown; country: string } } | null;

export type PublicPhone = ReturnType<typeof shapePhone>;
export function shapePhone(phone: PhoneRow, locale: Locale) {
  return {
    id: phone.id,
    e164: phone.number,
    display: formatPhone(phone.number, phone.raw),
    extension: phone.extension,
    type: phone.type,
    whatsapp: phone.whatsapp || phone.type === "whatsapp_only",
    callable: phone.number !== null && phone.type !== "fax" && phone.type !== "whatsapp_only",
    label: pickLocalized(phone.label, locale),
  };
}

export type PublicEmail = ReturnType<typeof shapeEmail>;
export function shapeEmail(email: EmailRow, locale: Locale) {
  return { id: email.id, address: email.address, label: pickLocalized(email.label, locale) };
}

export function shapeCity(city: CityRow, locale: Locale) {
  if (!city) return null;
  return {
    slug: city.slug,
    name: pickLocalized(city.name, locale)?.text ?? city.slug,
    state: { slug: city.state.slug, name: pickLocalized(city.state.name, locale)?.text ?? city.state.slug, country: city.state.country },
  };
}

type AddressRow = {
  street: string | null;
  streetDetail: string | null;
  colonia: string | null;
  municipality: string | null;
  postalCode: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  confidentialAddress: boolean;
};

export function shapeAddress(row: AddressRow) {
  if (row.confidentialAddress) {
    return { confidential: true as const, country: row.country };
  }
  return {
    confidential: false as const,
    street: row.street,
    streetDetail: row.streetDetail,
    colonia: row.colonia,
    municipality: row.municipality,
    postalCode: row.postalCode,
    country: row.country,
    coordinates: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
  };
}
