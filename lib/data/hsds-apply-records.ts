import "server-only";
// Writes of an import for our three records (organisation, office, service),
// one HSDS row at a time, inside the caller's transaction. Only the fields the
// row changed are written; text goes into the package's language only.
import { mergeTranslation, slugify, type RowWrite } from "@/lib/hsds/apply-writes";
import { derivedId } from "@/lib/hsds/ids";
import type { RecordIndex } from "@/lib/hsds/record-index";
import type { Locale } from "@/lib/i18n/locales";
import { Prisma } from "@/prisma/generated/client";

export type ApplyContext = {
  tx: Prisma.TransactionClient;
  lang: Locale;
  index: RecordIndex;
  cityIds: Map<string, string>;
  /** Records created by this import: their rows were all written with them. */
  created: Set<string>;
};

/** A nullable JSON column: Prisma needs DbNull to store SQL NULL. */
export const jsonOrNull = (value: Record<string, string> | null) => value ?? Prisma.DbNull;
const has = (write: RowWrite, ...fields: string[]) => fields.some((field) => write.fields.includes(field));
const text = (context: ApplyContext, current: unknown, incoming: unknown) => mergeTranslation(current, context.lang, incoming);

async function uniqueOrganizationSlug(tx: Prisma.TransactionClient, name: string, id: string) {
  const base = slugify(name) || `organization-${id.slice(0, 8)}`;
  const taken = await tx.organization.count({ where: { slug: base } });
  return taken ? `${base}-${id.slice(0, 8)}` : base;
}

export async function writeOrganization(context: ApplyContext, write: RowWrite) {
  const { tx } = context;
  const record = context.index.organization.get(write.id)!;
  const email = typeof write.row.email === "string" ? write.row.email : undefined;
  if (write.isNew) {
    const name = text(context, null, record.name) ?? {};
    // HSDS has no slug or scope: a new organisation is "local" until an admin says otherwise.
    await tx.organization.create({
      data: {
        id: record.id,
        slug: await uniqueOrganizationSlug(tx, Object.values(name)[0] ?? "", record.id),
        name,
        acronym: jsonOrNull(text(context, null, record.acronym)),
        description: text(context, null, record.description) ?? {},
        website: record.website,
        foundedYear: record.foundedYear,
        scope: "local",
      },
    });
    if (email) await tx.emailAddress.create({ data: { id: derivedId(record.id, "email:0"), organizationId: record.id, address: email, position: 0 } });
    context.created.add(record.id);
    return;
  }
  const current = await tx.organization.findUniqueOrThrow({ where: { id: write.id }, select: { name: true, acronym: true, description: true } });
  await tx.organization.update({
    where: { id: write.id },
    data: {
      name: has(write, "name") ? (text(context, current.name, record.name) ?? {}) : undefined,
      acronym: has(write, "alternate_name") ? jsonOrNull(text(context, current.acronym, record.acronym)) : undefined,
      description: has(write, "description") ? (text(context, current.description, record.description) ?? {}) : undefined,
      website: has(write, "website") ? record.website : undefined,
      foundedYear: has(write, "year_incorporated") ? record.foundedYear : undefined,
    },
  });
  if (has(write, "email")) {
    // HSDS's organization.email is our first e-mail address.
    const first = await tx.emailAddress.findFirst({ where: { organizationId: write.id }, orderBy: { position: "asc" }, select: { id: true } });
    if (first && email) await tx.emailAddress.update({ where: { id: first.id }, data: { address: email } });
    else if (first) await tx.emailAddress.delete({ where: { id: first.id } });
    else if (email) await tx.emailAddress.create({ data: { id: derivedId(write.id, "email:0"), organizationId: write.id, address: email, position: 0 } });
  }
}

export async function writeLocation(context: ApplyContext, write: RowWrite) {
  const { tx } = context;
  const { value: office, organizationId } = context.index.office.get(write.id)!;
  if (write.isNew) {
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { slug: true } });
    await tx.office.create({
      data: {
        id: office.id,
        slug: `${organization.slug}-${office.id.slice(0, 8)}`,
        organizationId,
        name: text(context, null, office.name) ?? {},
        kind: office.kind,
        street: office.street,
        colonia: office.colonia,
        municipality: office.municipality,
        cityId: context.cityIds.get(office.id) ?? null,
        postalCode: office.postalCode,
        country: office.country,
        latitude: office.latitude,
        longitude: office.longitude,
        timeZone: office.timeZone,
        hoursNote: jsonOrNull(text(context, null, office.hoursNote)),
        languages: office.languages,
        interpreters: office.interpreters,
      },
    });
    context.created.add(office.id);
    return;
  }
  const current = await tx.office.findUniqueOrThrow({ where: { id: write.id }, select: { name: true } });
  await tx.office.update({
    where: { id: write.id },
    data: {
      kind: has(write, "location_type") ? office.kind : undefined,
      organizationId: has(write, "organization_id") ? organizationId : undefined,
      name: has(write, "name") ? (text(context, current.name, office.name) ?? {}) : undefined,
      latitude: has(write, "latitude") ? office.latitude : undefined,
      longitude: has(write, "longitude") ? office.longitude : undefined,
    },
  });
}

/** Address, languages, interpreters and the hours note are columns of the office. */
export async function writeOfficeDetail(context: ApplyContext, write: RowWrite) {
  const officeId = (write.table === "attribute" ? write.row.link_id : write.row.location_id) as string;
  if (context.created.has(officeId)) return;
  const { tx } = context;
  const office = context.index.office.get(officeId)!.value;
  if (write.table === "address") {
    const all = write.isNew;
    await tx.office.update({
      where: { id: officeId },
      data: {
        // address_1 joins street and street detail; it comes back as the street.
        ...(all || has(write, "address_1") ? { street: office.street, streetDetail: null } : {}),
        colonia: all || has(write, "address_2") ? office.colonia : undefined,
        municipality: all || has(write, "region") ? office.municipality : undefined,
        postalCode: all || has(write, "postal_code") ? office.postalCode : undefined,
        ...(all || has(write, "city", "state_province", "country") ? { cityId: context.cityIds.get(officeId) ?? null, country: office.country } : {}),
      },
    });
  } else if (write.table === "attribute") {
    await tx.office.update({ where: { id: officeId }, data: { interpreters: office.interpreters } });
  } else if (write.table === "language") {
    const current = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { languages: true } });
    const code = write.row.code as string;
    if (!current.languages.includes(code)) await tx.office.update({ where: { id: officeId }, data: { languages: [...current.languages, code] } });
  } else {
    const current = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { hoursNote: true } });
    await tx.office.update({ where: { id: officeId }, data: { hoursNote: jsonOrNull(text(context, current.hoursNote, office.hoursNote)) } });
  }
}

export async function writeService(context: ApplyContext, write: RowWrite) {
  const { tx } = context;
  const { value: service, organizationId } = context.index.service.get(write.id)!;
  if (write.isNew) {
    await tx.service.create({
      data: {
        id: service.id,
        organizationId,
        type: service.type,
        populations: service.populations,
        description: text(context, null, service.description) ?? {},
        eligibility: jsonOrNull(text(context, null, service.eligibility)),
        cost: service.cost,
        howToGetHelp: jsonOrNull(text(context, null, service.howToGetHelp)),
      },
    });
    context.created.add(service.id);
    return;
  }
  const current = await tx.service.findUniqueOrThrow({ where: { id: write.id }, select: { description: true, eligibility: true, howToGetHelp: true } });
  await tx.service.update({
    where: { id: write.id },
    data: {
      organizationId: has(write, "organization_id") ? organizationId : undefined,
      // The name is the kind of help's label: it changes with the kind.
      type: has(write, "name") ? service.type : undefined,
      description: has(write, "description") ? (text(context, current.description, service.description) ?? {}) : undefined,
      eligibility: has(write, "eligibility_description") ? jsonOrNull(text(context, current.eligibility, service.eligibility)) : undefined,
      howToGetHelp: has(write, "application_process") ? jsonOrNull(text(context, current.howToGetHelp, service.howToGetHelp)) : undefined,
      cost: has(write, "fees_description") ? service.cost : undefined,
    },
  });
}
