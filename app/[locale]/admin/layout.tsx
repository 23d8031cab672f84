import type { Metadata } from "next";
import "@/components/admin/admin.css";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { LanguageNamesProvider } from "@/components/admin/language-names";
import { languageNamer } from "@/lib/i18n/language-names";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import type { ReactNode } from "react";

// The admin area is for the editorial team only: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  // Only the admin forms' strings go to the browser.
  const clientMessages = {
    AdminLogin: messages.AdminLogin, AdminUsers: messages.AdminUsers, AdminForm: messages.AdminForm, AdminReports: messages.AdminReports, Taxonomy: messages.Taxonomy,
    // The citation rows name each fact as the public pages do.
    Provenance: { facts: messages.Provenance.facts },
  };
  // Each language of the content named in the admin's language (Spanish names where ICU knows none, e.g. in Kreyòl).
  const name = languageNamer([await getLocale(), defaultLocale]);
  const names = Object.fromEntries(locales.map((locale) => [locale, name(locale)]));
  return (
    <NextIntlClientProvider messages={clientMessages}>
      <LanguageNamesProvider names={names}>{children}</LanguageNamesProvider>
    </NextIntlClientProvider>
  );
}
