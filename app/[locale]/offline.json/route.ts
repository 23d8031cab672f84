// The pages the service worker saves for reading offline in one language
// (public/sw.js, precache): home, directory, organisations, the legal notes
// and the offline page of every language. Paths only, for the worker's origin.
import { listLegalNotes } from "@/lib/data/legal-notes";
import { nonPageContentSecurityPolicy } from "@/lib/http/security-headers";
import { isLocale, locales } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const notes = await listLegalNotes(locale);
  const pages = [
    getPathname({ href: "/", locale }),
    getPathname({ href: "/directory", locale }),
    getPathname({ href: "/organizations", locale }),
    getPathname({ href: "/legal", locale }),
    ...notes.map((note) => getPathname({ href: { pathname: "/legal/[slug]", params: { slug: note.slug } }, locale })),
  ];
  const fallbacks = Object.fromEntries(locales.map((each) => [each, getPathname({ href: "/offline", locale: each })]));
  return Response.json(
    { pages, fallbacks },
    { headers: { "cache-control": "no-cache", "content-security-policy": nonPageContentSecurityPolicy } },
  );
}
