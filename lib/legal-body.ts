export type LegalBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/**
 * A legal note's body is plain text: blank lines separate paragraphs, and
 * consecutive lines starting with "- " form a list. No HTML is ever parsed,
 * so stored text cannot inject markup.
 */
export function parseLegalBody(text: string): LegalBlock[] {
  const blocks: LegalBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
      if (list.length) blocks.push({ kind: "list", items: list });
      paragraph = [];
      list = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith("- ")) {
        if (paragraph.length) flush();
        list.push(line.slice(2).trim());
      } else {
        if (list.length) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

export type LegalInline = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// "[words](/es/directorio?population=women)": a link to a page of this site.
// Only paths starting with one "/" count, so stored text can neither point
// elsewhere nor carry a "javascript:" address; anything else stays text.
const linkPattern = /\[([^\]\n]+)\]\((\/(?!\/)[^\s()]*)\)/g;

/** The text of a paragraph or list item, with its links to pages of this site. */
export function parseLegalInline(text: string): LegalInline[] {
  const parts: LegalInline[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "link", text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** Every link in a body, for checking that each leads somewhere. */
export function legalBodyLinks(text: string): { text: string; href: string }[] {
  return parseLegalBody(text)
    .flatMap((block) => (block.kind === "list" ? block.items : [block.text]))
    .flatMap(parseLegalInline)
    .flatMap((part) => (part.kind === "link" ? [{ text: part.text, href: part.href }] : []));
}
