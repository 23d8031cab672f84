import { getTranslations } from "next-intl/server";
import type { RecordFilter } from "@/lib/data/admin/record-filter";

/** Links to the same list with ?status=…, the current one marked. */
export async function RecordFilterNav({ path, filters, current }: { path: string; filters: readonly RecordFilter[]; current: RecordFilter }) {
  const t = await getTranslations("AdminRecord");
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="flex flex-wrap gap-3">
        {filters.map((f) => (
          <li key={f}>
            <a href={`${path}?status=${f}`} aria-current={f === current ? "page" : undefined} className={f === current ? "font-bold" : undefined}>
              {t(`filter.${f}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Published", "Unpublished" or "Archived". */
export async function recordStateLabel() {
  const t = await getTranslations("AdminRecord");
  return (record: { published: boolean; archived: boolean }) => (record.archived ? t("archived") : record.published ? t("published") : t("unpublished"));
}
