"use client";
// The name of each locale in the admin's own language, worked out once on the
// server (Intl.DisplayNames) and handed to the forms: the browser's ICU could
// name a language differently and the labels would change on hydration.
import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";

const LanguageNames = createContext<Partial<Record<Locale, string>>>({});

export function LanguageNamesProvider({ names, children }: { names: Partial<Record<Locale, string>>; children: ReactNode }) {
  return <LanguageNames.Provider value={names}>{children}</LanguageNames.Provider>;
}

/** "francés" in a Spanish admin, "French" in an English one; the code where no name is known. */
export function useLanguageName(): (locale: Locale) => string {
  const names = useContext(LanguageNames);
  return (locale) => names[locale] ?? locale;
}
