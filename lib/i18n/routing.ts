import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/i18n/locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // The locale is always in the URL, so a shared link opens in the language it was sent in.
  localePrefix: "always",
  // "/" follows Accept-Language; no cookie is set (public pages set none at all).
  localeCookie: false,
  localeDetection: true,
  pathnames: {
    "/": "/",
    "/directory": { es: "/directorio", en: "/directory" },
    "/organizations": { es: "/organizaciones", en: "/organizations" },
    "/organizations/[slug]": { es: "/organizaciones/[slug]", en: "/organizations/[slug]" },
    "/offices/[slug]": { es: "/oficinas/[slug]", en: "/offices/[slug]" },
    "/legal": { es: "/informacion-legal", en: "/legal-information" },
    "/legal/[slug]": { es: "/informacion-legal/[slug]", en: "/legal-information/[slug]" },
    // What the service worker shows for a page never saved on the device (public/sw.js).
    "/offline": { es: "/sin-conexion", en: "/offline" },
    "/referrals": { es: "/referencias", en: "/referrals" },
    // COMAR's deadline from the day of entry (docs/decisions/019-deadline-calculator.md).
    "/deadline": { es: "/calcular-plazo", en: "/deadline-calculator" },
    // Private browsing and clearing history, linked next to the quick exit.
    "/browse-safely": { es: "/navegar-seguro", en: "/browse-safely" },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
