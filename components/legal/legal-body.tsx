import { parseLegalBody } from "@/lib/legal-body";
import type { Localized } from "@/lib/validation/localized-text";

export function LegalBody({ body }: { body: Localized }) {
  return (
    <div lang={body.isFallback ? body.locale : undefined} className="space-y-4 text-lg leading-relaxed">
      {parseLegalBody(body.text).map((block, index) =>
        block.kind === "list" ? (
          <ul key={index} className="list-disc space-y-1 pl-6">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{block.text}</p>
        ),
      )}
    </div>
  );
}
