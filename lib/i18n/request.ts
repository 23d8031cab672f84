import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/catalogues";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

// `isLocale`, not next-intl's `hasLocale`: importing "next-intl" on the server
// pulls its client provider into every page's scripts.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: "America/Mexico_City",
  };
});
