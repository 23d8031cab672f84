import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Localized } from "@/lib/validation/localized-text";

type Hours = { weekday: number; opens: string; closes: string; label: Localized | null };

/** Opening hours grouped by what they are for (e.g. reception vs. office), one line per weekday. */
export async function OpeningHours({ hours, note, timeZone }: { hours: Hours[]; note: Localized | null; timeZone: string }) {
  const t = await getTranslations("Office");
  const tw = await getTranslations("Taxonomy.weekday");
  if (hours.length === 0 && !note) return <p>{t("hoursUnknown")}</p>;
  const groups = new Map<string, { label: Localized | null; rows: Hours[] }>();
  for (const row of hours) {
    const key = row.label?.text ?? "";
    const group = groups.get(key) ?? { label: row.label, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return (
    <div className="space-y-2 print:grid print:grid-cols-2 print:gap-4 print:space-y-0">
      {[...groups.values()].map((group) => (
        <div key={group.label?.text ?? "hours"}>
          {group.label ? <LocalizedText value={group.label} as="p" className="font-medium" /> : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
            {group.rows.map((row) => (
              <div key={`${row.weekday}-${row.opens}`} className="contents">
                <dt>{tw(String(row.weekday) as "1")}</dt>
                <dd>
                  {row.opens}–{row.closes}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      {note ? <LocalizedText value={note} as="p" className="text-sm" /> : null}
      {hours.length > 0 ? <p className="text-xs text-gray-700">{t("timeZone", { zone: timeZone })}</p> : null}
    </div>
  );
}
