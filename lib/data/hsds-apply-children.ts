import "server-only";
// Writes of an import for the rows our records own: a service's kind, groups
// and offices, phones, e-mails, contacts and opening hours.
import { jsonOrNull, type ApplyContext } from "@/lib/data/hsds-apply-records";
import { mergeTranslation, type RowWrite } from "@/lib/hsds/apply-writes";
import type { ChildOwner } from "@/lib/hsds/record-index";
import type { HsdsSchedule } from "@/lib/hsds/types";

const has = (write: RowWrite, ...fields: string[]) => write.isNew || fields.some((field) => write.fields.includes(field));

/** Cost options and attributes are the service's cost, kind of help and groups. */
export async function writeServiceDetail(context: ApplyContext, write: RowWrite) {
  const serviceId = (write.table === "attribute" ? write.row.link_id : write.row.service_id) as string;
  if (context.created.has(serviceId)) return;
  const { tx } = context;
  const service = context.index.service.get(serviceId)!.value;
  if (write.table === "cost_option") {
    await tx.service.update({ where: { id: serviceId }, data: { cost: service.cost } });
  } else if (write.row.link_type === "service_type") {
    await tx.service.update({ where: { id: serviceId }, data: { type: service.type } });
  } else {
    // Nothing is deleted: a group the package adds joins the ones the service has.
    const current = await tx.service.findUniqueOrThrow({ where: { id: serviceId }, select: { populations: true } });
    const populations = [...current.populations, ...service.populations.filter((population) => !current.populations.includes(population))];
    await tx.service.update({ where: { id: serviceId }, data: { populations } });
  }
}

/**
 * A service linked to no office is given at all of its organisation's offices.
 * Before its first link, it is linked to those offices explicitly, so that
 * adding one office does not take it away from the others.
 */
export async function writeServiceAtLocation(context: ApplyContext, write: RowWrite) {
  const { tx } = context;
  const serviceId = write.row.service_id as string;
  const officeId = write.row.location_id as string;
  if (!context.created.has(serviceId) && (await tx.serviceAtOffice.count({ where: { serviceId } })) === 0) {
    const { organizationId } = context.index.service.get(serviceId)!;
    const offices = await tx.office.findMany({ where: { organizationId, published: true }, select: { id: true } });
    const before = offices.filter((office) => !context.created.has(office.id));
    await tx.serviceAtOffice.createMany({ data: before.map((office) => ({ serviceId, officeId: office.id })), skipDuplicates: true });
  }
  await tx.serviceAtOffice.createMany({ data: [{ serviceId, officeId }], skipDuplicates: true });
}

const ownerData = (owner: ChildOwner) => ({ organizationId: owner.organizationId ?? null, officeId: owner.officeId ?? null });

export async function writePhone(context: ApplyContext, write: RowWrite) {
  const { tx, lang } = context;
  const { value: phone, owner, position } = context.index.phone.get(write.id)!;
  const current = write.isNew ? null : await tx.phone.findUniqueOrThrow({ where: { id: write.id }, select: { label: true } });
  const data = {
    ...(has(write, "location_id", "organization_id") ? ownerData(owner) : {}),
    // The number as HSDS gives it also becomes the "as written" text.
    ...(has(write, "number") ? { number: phone.number, raw: phone.raw } : {}),
    ...(has(write, "extension") ? { extension: phone.extension } : {}),
    // The description carries the label and the toll-free and WhatsApp markers.
    ...(has(write, "type", "description") ? { type: phone.type, whatsapp: phone.whatsapp, label: jsonOrNull(mergeTranslation(current?.label, lang, phone.label)) } : {}),
  };
  if (write.isNew) await tx.phone.create({ data: { id: phone.id, raw: phone.raw, position, ...data } });
  else await tx.phone.update({ where: { id: write.id }, data });
}

/** An HSDS contact with a name is one of our contacts (people); one without is an e-mail address. */
export async function writeContact(context: ApplyContext, write: RowWrite) {
  const { tx, lang } = context;
  const person = context.index.contact.get(write.id);
  if (person) {
    const current = await tx.contact.findUnique({ where: { id: write.id }, select: { title: true } });
    const data = {
      name: person.value.name,
      email: person.value.email,
      title: jsonOrNull(mergeTranslation(current?.title, lang, person.value.title)),
      organizationId: person.owner.organizationId!,
    };
    await tx.contact.upsert({ where: { id: write.id }, create: { id: write.id, position: person.position, ...data }, update: data });
    return;
  }
  const email = context.index.email.get(write.id);
  if (!email) return;
  const current = await tx.emailAddress.findUnique({ where: { id: write.id }, select: { label: true } });
  const data = {
    ...ownerData(email.owner),
    address: email.value.address,
    label: jsonOrNull(mergeTranslation(current?.label, lang, email.value.label)),
  };
  await tx.emailAddress.upsert({ where: { id: write.id }, create: { id: write.id, position: email.position, ...data }, update: data });
}

/** Opening hours; the schedule row that carries only the hours note is the office's (see writeOfficeDetail). */
export async function writeHours(context: ApplyContext, write: RowWrite) {
  const { tx, lang } = context;
  const officeId = write.row.location_id as string;
  for (const hours of context.index.hoursOfSchedule(write.row as HsdsSchedule)) {
    const current = await tx.openingHours.findUnique({ where: { id: hours.id }, select: { label: true } });
    const data = { officeId, weekday: hours.weekday, opens: hours.opens, closes: hours.closes, label: jsonOrNull(mergeTranslation(current?.label, lang, hours.label)) };
    if (current) await tx.openingHours.update({ where: { id: hours.id }, data });
    else await tx.openingHours.create({ data: { id: hours.id, ...data } });
  }
}
