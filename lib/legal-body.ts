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
