// The sitemap protocol (sitemaps.org) with hreflang alternates, as Next's
// metadata sitemap writes it. Written here because a metadata route cannot
// answer 503 during a database outage, and search engines must be told to
// come back rather than get a 500.
export type SitemapEntry = { url: string; languages: Record<string, string> };

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map(({ url, languages }) =>
    [
      "<url>",
      `<loc>${escapeXml(url)}</loc>`,
      ...Object.entries(languages).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}" />`),
      "</url>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
