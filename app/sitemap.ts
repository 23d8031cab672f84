import type { MetadataRoute } from "next";
import { listLegalNotes } from "@/lib/data/legal-notes";
import { listOrganizationsWithOffices } from "@/lib/data/organizations";
import { absoluteUrl } from "@/lib/i18n/alternates";
import { defaultLocale, locales } from "@/lib/i18n/locales";

// Read from the live directory on each request, never at build time.
export const dynamic = "force-dynamic";

type Href = Parameters<typeof absoluteUrl>[0];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [organizations, notes] = await Promise.all([
    listOrganizationsWithOffices(defaultLocale),
    listLegalNotes(defaultLocale),
  ]);
  const pages: Href[] = [
    "/",
    "/directory",
    "/organizations",
    "/legal",
    ...organizations.map((org) => ({ pathname: "/organizations/[slug]" as const, params: { slug: org.slug } })),
    ...notes.map((note) => ({ pathname: "/legal/[slug]" as const, params: { slug: note.slug } })),
  ];
  // One entry per page and language, each listing all its translations.
  return pages.flatMap((href) =>
    locales.map((locale) => ({
      url: absoluteUrl(href, locale),
      alternates: { languages: Object.fromEntries(locales.map((other) => [other, absoluteUrl(href, other)])) },
    })),
  );
}
