// Phones and e-mails of an office or an organisation, replaced as a whole on
// each save (the form always sends every row).
import { normalisePhone } from "@/lib/phone";
import type { OrganizationFormValues } from "@/lib/validation/organization-form";
import { localizedForForm } from "@/lib/data/admin/localized";
import { blankToNull } from "@/lib/validation/form-fields";
import { Prisma } from "@/prisma/generated/client";

type Owner = { officeId: string } | { organizationId: string };
type Rows = Pick<OrganizationFormValues, "phones" | "emails">;

export async function replaceContactRows(tx: Prisma.TransactionClient, owner: Owner, values: Rows) {
  await tx.phone.deleteMany({ where: owner });
  await tx.emailAddress.deleteMany({ where: owner });
  await tx.phone.createMany({
    data: values.phones.map((phone, position) => {
      const { e164, extension } = normalisePhone(phone.raw);
      const label = blankToNull(phone.label) ?? Prisma.DbNull;
      return { ...owner, raw: phone.raw, number: e164, extension, type: phone.type, whatsapp: phone.whatsapp, label, position };
    }),
  });
  await tx.emailAddress.createMany({ data: values.emails.map((email, position) => ({ ...owner, address: email.address, position })) });
}

type StoredPhone = { raw: string; type: string; whatsapp: boolean; number: string | null; label: unknown };

/**
 * Phones as the form shows them. The form reads numbers as Mexican unless
 * they start with "+", so a stored foreign number (seeded with its own
 * country) is shown in international form; otherwise saving would refuse it.
 */
export function phoneRowsForForm(phones: StoredPhone[]) {
  return phones.map(({ raw, type, whatsapp, number, label }) => ({
    raw: phoneRawForForm({ raw, number }),
    type,
    whatsapp,
    label: localizedForForm(label),
    asWritten: number === null,
    number,
  }));
}

/** A stored phone's text as the form shows it (see phoneRowsForForm); its citations name it the same way. */
export function phoneRawForForm({ raw, number }: { raw: string; number: string | null }): string {
  return number && normalisePhone(raw).e164 !== number ? number : raw;
}

/** Saved phone rows in the snapshot's shape (with the number as stored). */
export function phoneRowsOfValues(phones: Rows["phones"]) {
  return phones.map(({ raw, type, whatsapp, label }) => {
    const number = normalisePhone(raw).e164;
    // As phoneRowsForForm reads it back: a number that cannot be dialled is one kept as written.
    return { raw, type, whatsapp, label, asWritten: number === null, number };
  });
}
