import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { listSourcesForAdmin } from "@/lib/data/admin/sources";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  deleted: z.literal("1").optional().catch(undefined),
});

export default async function AdminSourcesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const t = await getTranslations("AdminSources");
  const filter = filterSchema.parse(await searchParams);
  const { sources, total, page, pages } = await listSourcesForAdmin(filter, locale);
  const pageLink = (n: number) => `/${locale}/admin/sources?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), page: String(n) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {filter.deleted ? <p className="notice-ok" role="status">{t("deleted")}</p> : null}
      <p>
        <a href={`/${locale}/admin/sources/new`} className="button-secondary">{t("new")}</a>
      </p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="field">
          <label htmlFor="sources-q">{t("search")}</label>
          <input id="sources-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </div>
        <button type="submit" className="button-primary">{t("searchButton")}</button>
      </form>
      <p>{t("count", { count: total })}</p>
      <ul className="divide-y divide-gray-200">
        {sources.map((source) => (
          <li key={source.id} className="py-2">
            <a href={`/${locale}/admin/sources/${source.id}`} className="font-medium break-words">
              {source.title}
            </a>
            <span className="block text-sm text-gray-700 break-words">
              {[source.publisher, source.date ?? t("undated"), t("citations", { count: source.citations })].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex flex-wrap gap-4">
          {page > 1 ? <a href={pageLink(page - 1)}>{t("previous")}</a> : null}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <a href={pageLink(page + 1)}>{t("next")}</a> : null}
        </nav>
      ) : null}
    </div>
  );
}
