import { parseLegalBody, parseLegalInline } from "@/lib/legal-body";
import type { Localized } from "@/lib/validation/localized-text";

/** A paragraph's or item's text; its links are paths of this site, already in the text's language. */
function Inline({ text }: { text: string }) {
  return parseLegalInline(text).map((part, index) =>
    part.kind === "link" ? (
      <a key={index} href={part.href}>
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}

export function LegalBody({ body }: { body: Localized }) {
  return (
    <div lang={body.isFallback ? body.locale : undefined} className="space-y-4 text-lg leading-relaxed">
      {parseLegalBody(body.text).map((block, index) =>
        block.kind === "list" ? (
          <ul key={index} className="list-disc space-y-1 pl-6">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inline text={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            <Inline text={block.text} />
          </p>
        ),
      )}
    </div>
  );
}
