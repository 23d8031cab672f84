import { describe, expect, it } from "vitest";
import { searchDirectory } from "@/lib/data/directory";
import { getLegalNoteBySlug, listLegalNotes } from "@/lib/data/legal-notes";
import { getOrganizationBySlug } from "@/lib/data/organizations";
import { locales, type Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/paths";
import { legalBodyLinks, parseLegalBody } from "@/lib/legal-body";
import { linkForReader } from "@/lib/legal-body-links";
import { parseDirectoryParams } from "@/lib/validation/directory-filters";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

const directoryPath = (locale: Locale) => getPathname({ href: "/directory", locale });
const organizationPath = (locale: Locale) =>
  new RegExp(`^${getPathname({ href: { pathname: "/organizations/[slug]", params: { slug: "SLUG" } }, locale }).replace("SLUG", "([a-z0-9-]+)")}$`);

/** What a link in a note leads to: the number of directory results, or whether the organisation's page exists. */
async function resultsBehind(href: string, locale: Locale): Promise<number> {
  const url = new URL(href, "http://amparo.test");
  if (url.pathname === directoryPath(locale)) {
    const { filters, invalid } = parseDirectoryParams(Object.fromEntries(url.searchParams));
    expect(invalid, href).toEqual([]);
    return (await searchDirectory(filters, locale)).total;
  }
  const slug = organizationPath(locale).exec(url.pathname)?.[1];
  if (slug) return (await getOrganizationBySlug(slug, locale)) ? 1 : 0;
  throw new Error(`${href}: a note may link the directory or an organisation, in its own language`);
}

describe("links in legal notes", () => {
  // The links are followed through the data functions, on the seeded directory.
  useSeededTestDatabase();

  it("lead to at least one organisation of the seeded directory", async () => {
    let checked = 0;
    for (const locale of locales) {
      for (const { slug } of await listLegalNotes(locale)) {
        const note = await getLegalNoteBySlug(slug, locale);
        for (const link of legalBodyLinks(note?.body?.text ?? "")) {
          // A body shown in Spanish on a French page still leads to the French pages.
          const href = linkForReader(link.href, note!.body!.locale, locale);
          expect(await resultsBehind(href, locale), `${slug} (${locale}): ${href}`).toBeGreaterThan(0);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("link the organisations they promise for LGBTQI+ people and children", async () => {
    for (const locale of locales) {
      for (const { slug } of await listLegalNotes(locale)) {
        const body = (await getLegalNoteBySlug(slug, locale))?.body?.text ?? "";
        const blocks = parseLegalBody(body).flatMap((block) => (block.kind === "list" ? block.items : [block.text]));
        for (const block of blocks) {
          // A sentence that sends these readers to the directory must take them to results.
          if (/LGBT|niñ|child/i.test(block) && /directorio|directory/i.test(block)) {
            expect(legalBodyLinks(block).length, `${slug} (${locale}): ${block}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});
