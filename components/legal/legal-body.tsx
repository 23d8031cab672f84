import { getLocale, getTranslations } from "next-intl/server";
import { languageArguments } from "@/components/ui/localized-text";
import { parseLegalBody, parseLegalInline } from "@/lib/legal-body";
import { linkForReader } from "@/lib/legal-body-links";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Localized } from "@/lib/validation/localized-text";

/** A paragraph's or item's text; its links are paths of this site, taken to the reader's language. */
function Inline({ text, link }: { text: string; link: (href: string) => string }) {
  return parseLegalInline(text).map((part, index) =>
    part.kind === "link" ? (
      <a key={index} href={link(part.href)}>
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}

export async function LegalBody({ body }: { body: Localized }) {
  const current = await getLocale();
  const reader: Locale = isLocale(current) ? current : defaultLocale;
  const link = (href: string) => linkForReader(href, body.locale, reader);
  const t = await getTranslations("Localized");
  const content = (
    <div lang={body.isFallback ? body.locale : undefined} className="space-y-4 text-lg leading-relaxed">
      {parseLegalBody(body.text).map((block, index) =>
        block.kind === "list" ? (
          <ul key={index} className="list-disc space-y-1 pl-6">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inline text={item} link={link} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            <Inline text={block.text} link={link} />
          </p>
        ),
      )}
    </div>
  );
  if (!body.isFallback) return content;
  // Not yet translated: said before the text, in the reader's language, so the switch of language is no surprise.
  return (
    <div className="space-y-2">
      <p className="rounded border-l-4 border-gray-400 bg-gray-50 px-3 py-2 text-sm text-gray-700">
        {t("fallbackNotice", await languageArguments(body.locale))}
      </p>
      {content}
    </div>
  );
}
