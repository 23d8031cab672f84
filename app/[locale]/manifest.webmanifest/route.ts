// The web app manifest, one per language: installing from /en gives an
// English app that opens on /en. Linked from public pages ((site)/layout.tsx).
import { getTranslations } from "next-intl/server";
import { nonPageContentSecurityPolicy } from "@/lib/http/security-headers";
import { isLocale, locales } from "@/lib/i18n/locales";

export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

// The same colours as app/globals.css (brand-800) and the viewport's theme colour.
const themeColor = "#0b4a45";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const manifest = {
    id: `/${locale}`,
    name: `${meta("siteName")}: ${layout("tagline")}`,
    short_name: meta("siteName"),
    description: meta("description"),
    lang: locale,
    dir: "ltr",
    start_url: `/${locale}`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: themeColor,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { "content-type": "application/manifest+json", "content-security-policy": nonPageContentSecurityPolicy },
  });
}
