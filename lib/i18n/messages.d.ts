// Message keys are typed from the default locale: a wrong t("key") is a type error.
import type messages from "@/messages/es.json";
import type { routing } from "@/lib/i18n/routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
