// schema.org descriptions of organisations and offices. Built from the shapes
// public pages already use, so a confidential address (which those shapes
// never carry) cannot appear here either.
import type { OfficeDetail, PublicPhone } from "@/lib/data/shape";

const isoDays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const telephone = (phones: PublicPhone[]) => phones.find((phone) => phone.e164 && phone.type !== "fax")?.e164 ?? undefined;

export function officeStructuredData(office: OfficeDetail, url: string, organization: { name: string; url: string }) {
  const { address, city } = office;
  // Remote help is not a place to go: like a confidential address, no street or coordinates.
  const located = !address.confidential && office.kind !== "remote";
  return {
    "@type": "Place",
    "@id": url,
    url,
    name: office.name?.text,
    telephone: telephone(office.phones),
    email: office.emails[0]?.address,
    address: {
      "@type": "PostalAddress",
      ...(!located
        ? {}
        : {
            streetAddress: [address.street, address.streetDetail].filter(Boolean).join(", ") || undefined,
            postalCode: address.postalCode ?? undefined,
          }),
      addressLocality: city?.name,
      addressRegion: city?.state.name,
      addressCountry: address.country,
    },
    geo:
      located && address.coordinates
        ? { "@type": "GeoCoordinates", latitude: address.coordinates.latitude, longitude: address.coordinates.longitude }
        : undefined,
    openingHoursSpecification: office.hours.map((row) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: `https://schema.org/${isoDays[row.weekday]}`,
      opens: row.opens,
      closes: row.closes,
    })),
    publicAccess: office.kind !== "remote",
    maintainer: { "@type": "Organization", name: organization.name, url: organization.url },
  };
}

export function organizationStructuredData(
  organization: {
    name: string;
    description?: string;
    website: string | null;
    foundedYear: number | null;
    phones: PublicPhone[];
    emails: { address: string }[];
  },
  url: string,
  offices: ReturnType<typeof officeStructuredData>[],
) {
  return {
    "@type": "Organization",
    "@id": url,
    url,
    name: organization.name,
    description: organization.description,
    sameAs: organization.website ?? undefined,
    foundingDate: organization.foundedYear ? String(organization.foundedYear) : undefined,
    telephone: telephone(organization.phones),
    email: organization.emails[0]?.address,
    location: offices,
  };
}
