import type { getTranslations } from "next-intl/server";
import { languageList } from "@/lib/i18n/language-names";
import type { Interpreters } from "@/lib/taxonomy";

type Props = {
  languages: readonly string[];
  interpreters: Interpreters;
  locale: string;
  to: Awaited<ReturnType<typeof getTranslations<"Office">>>;
  /** The office page says "not stated" too; a card stays silent when nothing is known. */
  whenUnknown?: "say" | "hide";
};

/** "Atención en: español y criollo haitiano · Intérpretes: sí". Synchronous: cards render twenty of these. */
export function ServiceLanguages({ languages, interpreters, locale, to, whenUnknown = "say" }: Props) {
  const known = languages.length > 0 || interpreters !== "unknown";
  if (!known && whenUnknown === "hide") return null;
  return (
    <p className="text-sm text-gray-800" data-testid="service-languages">
      {languages.length > 0 ? to("servedIn", { languages: languageList(languages, locale) }) : to("servedInUnknown")}
      {" · "}
      {to("interpreters", { availability: interpreters })}
    </p>
  );
}
