import "server-only";
import { sourceEditSelect, type SourceForEditing } from "@/lib/data/admin/source-snapshot";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { citeSource, type SourceRow } from "@/lib/provenance/cite";
import { pickLocalized } from "@/lib/validation/localized-text";
import type { ServiceType } from "@/prisma/generated/client";

export const sourcesPageSize = 50;

const isUuid = (id: unknown): id is string => typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id);
/** Lowercase without accents, so "publicacion" finds "Publicación". */
const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/**
 * How an editor recognises a source in a list or a select: what it shows of
 * itself (publisher, title or what it is, date), never the key alone.
 */
export function sourceLabel(source: SourceRow, locale: Locale): { publisher: string | null; title: string; date: string | null; text: string } {
  const cited = citeSource(source, locale);
  // A page with no title and no description is named by its publisher and address.
  const title = cited.title && cited.title !== source.publisher ? cited.title : (source.url ?? cited.title);
  const text = [source.publisher, title].filter(Boolean).join(" — ") + (source.published ? ` (${source.published})` : "");
  return { publisher: source.publisher, title, date: source.published, text };
}

const listSelect = { id: true, key: true, publisher: true, title: true, description: true, url: true, published: true, _count: { select: { citations: true } } } as const;

/** One page of sources, ordered by how they read, optionally only those whose words contain `q`. */
export async function listSourcesForAdmin(filter: { q?: string; page?: number }, locale: Locale) {
  // A few hundred rows: read them all, then search and page what an editor reads (the labels) in one place.
  const rows = await db().source.findMany({ select: listSelect });
  const needle = filter.q ? fold(filter.q) : "";
  const all = rows
    .map((row) => ({ id: row.id, key: row.key, url: row.url, citations: row._count.citations, description: pickLocalized(row.description, locale)?.text ?? "", ...sourceLabel(row, locale) }))
    .filter((row) => !needle || fold([row.text, row.key, row.url ?? "", row.description].join(" ")).includes(needle))
    .sort((a, b) => a.text.localeCompare(b.text, locale));
  const pages = Math.max(1, Math.ceil(all.length / sourcesPageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  return { total: all.length, page, pages, sources: all.slice((page - 1) * sourcesPageSize, page * sourcesPageSize) };
}

export async function getSourceForEditing(id: string): Promise<SourceForEditing | null> {
  if (!isUuid(id)) return null;
  return db().source.findUnique({ where: { id }, select: sourceEditSelect });
}

/** The records whose facts cite a source, each once with how many of its facts do, for its page. */
export async function listRecordsCiting(sourceId: string, locale: Locale) {
  const name = { select: { id: true, name: true } } as const;
  const citations = await db().citation.findMany({
    where: { sourceId },
    select: { organization: name, office: { select: { id: true, name: true, organization: { select: { name: true } } } }, service: { select: { id: true, type: true, organization: { select: { name: true } } } } },
  });
  const records = new Map<string, { type: "organization" | "office" | "service"; id: string; name: string; serviceType?: ServiceType; facts: number }>();
  for (const citation of citations) {
    const record = citation.organization
      ? { type: "organization" as const, id: citation.organization.id, name: pickLocalized(citation.organization.name, locale)?.text ?? "" }
      : citation.office
        ? { type: "office" as const, id: citation.office.id, name: `${pickLocalized(citation.office.organization.name, locale)?.text ?? ""} — ${pickLocalized(citation.office.name, locale)?.text ?? ""}` }
        : citation.service
          ? { type: "service" as const, id: citation.service.id, name: pickLocalized(citation.service.organization.name, locale)?.text ?? "", serviceType: citation.service.type }
          : null;
    if (!record) continue;
    const entry = records.get(record.id) ?? { ...record, facts: 0 };
    entry.facts += 1;
    records.set(record.id, entry);
  }
  return [...records.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Every source for the citation rows' select, labelled as an editor recognises it. */
export async function sourceOptions(locale: Locale): Promise<{ id: string; label: string }[]> {
  const rows = await db().source.findMany({ select: { id: true, publisher: true, title: true, description: true, url: true, published: true } });
  return rows.map((row) => ({ id: row.id, label: sourceLabel(row, locale).text })).sort((a, b) => a.label.localeCompare(b.label, locale));
}
