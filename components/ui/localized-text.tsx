import { getLocale, getTranslations } from "next-intl/server";
import type { ElementType, ReactNode } from "react";
import type { Localized } from "@/lib/validation/localized-text";

type Props = { value: Localized | null; as?: ElementType; className?: string; fallback?: ReactNode };

/**
 * Database text in the reader's language, or in another one with a note
 * saying so; `lang` is set so screen readers pronounce it correctly.
 */
export async function LocalizedText({ value, as: Tag = "span", className, fallback = null }: Props) {
  if (!value) return fallback;
  if (!value.isFallback) return <Tag className={className}>{value.text}</Tag>;
  const locale = await getLocale();
  const t = await getTranslations("Localized");
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(value.locale) ?? value.locale;
  return (
    <Tag className={className}>
      <span lang={value.locale}>{value.text}</span> <span className="text-sm text-gray-600">{t("fallback", { language })}</span>
    </Tag>
  );
}
