// HSDS phones and contacts back to ours: the reverse of hsdsPhone and
// hsdsEmailContact, reading the markers they add to a phone's description.
import type { ExportLabels } from "@/lib/hsds/labels";
import type { SourceContact, SourceEmail, SourcePhone } from "@/lib/hsds/source";
import type { HsdsContact, HsdsPhone } from "@/lib/hsds/types";
import type { Locale } from "@/lib/i18n/locales";
import type { PhoneType } from "@/lib/taxonomy";

export const text = (value: string | undefined, lang: Locale) => (value ? { [lang]: value } : null);

const phoneTypes: Record<string, PhoneType> = { voice: "voice", cell: "mobile", fax: "fax", text: "whatsapp_only" };

export function sourcePhone(phone: HsdsPhone, labels: ExportLabels, lang: Locale): SourcePhone {
  const { tollFree, whatsapp, whatsappOnly, asWritten } = labels.openData;
  const parts = phone.description?.split(" · ") ?? [];
  const label = parts.filter((part) => ![tollFree, whatsapp, whatsappOnly, asWritten].includes(part)).join(" · ");
  const type = phoneTypes[phone.type ?? "voice"] ?? "voice";
  return {
    id: phone.id,
    number: /^\+\d{6,15}$/.test(phone.number) ? phone.number : null,
    extension: phone.extension === undefined ? null : String(phone.extension),
    raw: phone.number,
    type: type === "voice" && parts.includes(tollFree) ? "toll_free" : type,
    whatsapp: parts.includes(whatsapp),
    label: text(label || undefined, lang),
  };
}

/** A contact with a name is a person; one with only an e-mail is one of the owner's addresses. */
export function splitContacts(contacts: HsdsContact[], lang: Locale) {
  const people: SourceContact[] = [];
  const emails: SourceEmail[] = [];
  for (const contact of contacts) {
    if (contact.name) people.push({ id: contact.id, name: contact.name, title: text(contact.title, lang), email: contact.email ?? null });
    else if (contact.email) emails.push({ id: contact.id, address: contact.email, label: text(contact.department, lang) });
  }
  return { people, emails };
}
