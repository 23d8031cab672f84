import { getLocale, getTranslations } from "next-intl/server";
import type { ElementType, ReactNode } from "react";
import { languageNamer } from "@/lib/i18n/language-names";
import { defaultLocale } from "@/lib/i18n/locales";
import type { Localized } from "@/lib/validation/localized-text";

type Props = {
  value: Localized | null;
  as?: ElementType;
  className?: string;
  fallback?: ReactNode;
  /**
   * A name (of an organisation, an office, a contact): shown in the language it is written in, with its `lang`, but
   * without the "only in Spanish" note — a name is not a text awaiting translation, and a card of names each marked
   * reads as noise (decision 023).
   */
  isName?: boolean;
};

/**
 * Database text in the reader's language, or in another one with a note
 * saying so; `lang` is set so screen readers pronounce it correctly.
 */
export function LocalizedText({ value, as, className, fallback = null, isName = false }: Props) {
  if (!value) return fallback;
  // Synchronous in the usual case: an async component costs its own row in the page's RSC payload.
  // In the reader's language and with nothing to style, the text needs no element of its own.
  if (!value.isFallback) {
    if (!as && !className) return value.text;
    const Tag = as ?? "span";
    return <Tag className={className}>{value.text}</Tag>;
  }
  if (isName) {
    const Tag = as ?? "span";
    return (
      <Tag className={className} lang={value.locale}>
        {value.text}
      </Tag>
    );
  }
  return <FallbackText value={value} Tag={as ?? "span"} className={className} />;
}

async function FallbackText({ value, Tag, className }: { value: Localized; Tag: ElementType; className?: string }) {
  const t = await getTranslations("Localized");
  return (
    <Tag className={className}>
      <span lang={value.locale}>{value.text}</span>{" "}
      <span className="text-sm font-normal text-gray-600">{t("fallback", await languageArguments(value.locale))}</span>
    </Tag>
  );
}

/**
 * The name of the language a fallback text is in, in the reader's language, and
 * its code, for a catalogue whose language ICU cannot name (Kreyòl: its
 * messages say "panyòl" themselves with a select on `code`).
 */
export async function languageArguments(code: string): Promise<{ language: string; code: string }> {
  return { language: languageNamer([await getLocale(), defaultLocale])(code), code };
}
