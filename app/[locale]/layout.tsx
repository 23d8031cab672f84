import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorTextProvider } from "@/components/layout/error-text";
import { PageScript } from "@/components/layout/page-script";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { env } from "@/lib/env";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

// Every page reads the live directory: nothing is rendered at build time, so a
// build never needs the database and an edit shows up on the next request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("defaultTitle"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    // Served from public/: no request leaves the site, and no /favicon.ico 404.
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4a45" };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  const te = await getTranslations("Error");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <PageScript part="first" />
        <ErrorTextProvider text={{ title: te("title"), body: te("body"), retry: te("retry") }}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[60] focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="site-width w-full flex-1 px-4 py-4 sm:py-6">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextProvider>
        <PageScript part="last" />
      </body>
    </html>
  );
}
