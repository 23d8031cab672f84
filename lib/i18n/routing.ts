import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales, type Locale } from "./locales";

/** A route's path in each language that has its own; the default locale's is required. */
type PathTranslations = { [L in typeof defaultLocale]: string } & Partial<Record<Locale, string>>;

// The localised paths: plain ASCII words of each language (no accents, so an
// address typed or read aloud is the address). A locale with no path of its
// own here uses the default locale's (so a new language works at once, e.g.
// "/xx/directorio"), until someone adds one.
const pathTable = {
  "/": "/",
  "/directory": { es: "/directorio", en: "/directory", fr: "/repertoire", ht: "/anye", pt: "/diretorio" },
  "/organizations": { es: "/organizaciones", en: "/organizations", fr: "/organisations", ht: "/oganizasyon", pt: "/organizacoes" },
  "/organizations/[slug]": {
    es: "/organizaciones/[slug]",
    en: "/organizations/[slug]",
    fr: "/organisations/[slug]",
    ht: "/oganizasyon/[slug]",
    pt: "/organizacoes/[slug]",
  },
  "/offices/[slug]": { es: "/oficinas/[slug]", en: "/offices/[slug]", fr: "/bureaux/[slug]", ht: "/biwo/[slug]", pt: "/escritorios/[slug]" },
  "/legal": { es: "/informacion-legal", en: "/legal-information", fr: "/informations-juridiques", ht: "/enfomasyon-legal", pt: "/informacao-juridica" },
  "/legal/[slug]": {
    es: "/informacion-legal/[slug]",
    en: "/legal-information/[slug]",
    fr: "/informations-juridiques/[slug]",
    ht: "/enfomasyon-legal/[slug]",
    pt: "/informacao-juridica/[slug]",
  },
  // What the service worker shows for a page never saved on the device (public/sw.js).
  "/offline": { es: "/sin-conexion", en: "/offline", fr: "/hors-ligne", ht: "/san-koneksyon", pt: "/sem-conexao" },
  "/referrals": { es: "/referencias", en: "/referrals", fr: "/orientations", ht: "/referans", pt: "/encaminhamentos" },
  // COMAR's deadline from the day of entry (docs/decisions/020-deadline-calculator.md).
  "/deadline": { es: "/calcular-plazo", en: "/deadline-calculator", fr: "/calculer-delai", ht: "/kalkile-dela", pt: "/calcular-prazo" },
  // Private browsing and clearing history, linked next to the quick exit.
  "/browse-safely": { es: "/navegar-seguro", en: "/browse-safely", fr: "/naviguer-en-securite", ht: "/navige-an-sekirite", pt: "/navegar-com-seguranca" },
} as const satisfies Record<string, string | PathTranslations>;

type Pathnames = { [P in keyof typeof pathTable]: (typeof pathTable)[P] extends string ? string : Record<Locale, string> };

/** The path table with every locale filled in, for `locales` as given (a test passes others). */
export function localizedPathnames(forLocales: readonly Locale[] = locales): Pathnames {
  return Object.fromEntries(
    Object.entries(pathTable).map(([pathname, paths]) => [
      pathname,
      typeof paths === "string"
        ? paths
        : Object.fromEntries(forLocales.map((locale) => [locale, (paths as PathTranslations)[locale] ?? paths[defaultLocale]])),
    ]),
  ) as Pathnames;
}

export const routing = defineRouting({
  locales,
  defaultLocale,
  // The locale is always in the URL, so a shared link opens in the language it was sent in.
  localePrefix: "always",
  // "/" follows Accept-Language; no cookie is set (public pages set none at all).
  localeCookie: false,
  localeDetection: true,
  pathnames: localizedPathnames(),
});

export type AppPathname = keyof typeof routing.pathnames;
