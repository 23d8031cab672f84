import { listLegalNotes } from "@/lib/data/legal-notes";
import { listOrganizationsWithOffices } from "@/lib/data/organizations";
import { databaseRoute, unavailableTextResponse } from "@/lib/http/database-outage";
import { sitemapXml } from "@/lib/http/sitemap-xml";
import { sitemapEntries, type absoluteUrl } from "@/lib/i18n/alternates";
import { defaultLocale } from "@/lib/i18n/locales";

// Read from the live directory on each request, never at build time.
export const dynamic = "force-dynamic";

type Href = Parameters<typeof absoluteUrl>[0];

/** Every public page in every language, each listing all its translations; a 503 while the database is down. */
export const GET = databaseRoute(async () => {
  const [organizations, notes] = await Promise.all([listOrganizationsWithOffices(defaultLocale), listLegalNotes(defaultLocale)]);
  const pages: Href[] = [
    "/",
    "/directory",
    "/organizations",
    "/legal",
    "/deadline",
    "/browse-safely",
    ...organizations.map((org) => ({ pathname: "/organizations/[slug]" as const, params: { slug: org.slug } })),
    ...notes.map((note) => ({ pathname: "/legal/[slug]" as const, params: { slug: note.slug } })),
  ];
  return new Response(sitemapXml(sitemapEntries(pages)), {
    headers: { "content-type": "application/xml", "cache-control": "public, max-age=0, must-revalidate" },
  });
}, unavailableTextResponse);
