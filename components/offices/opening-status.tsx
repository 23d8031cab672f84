import { getTranslations } from "next-intl/server";
import { openingStatus, type HoursRow } from "@/lib/opening-hours";

/** "Open now · closes at 13:00" or "Closed now · opens Monday at 09:30", on the office's own clock. */
export async function OpeningStatus({ hours, timeZone, now }: { hours: HoursRow[]; timeZone: string; now?: Date }) {
  const t = await getTranslations("Office");
  const status = openingStatus(hours, timeZone, now);
  if (status.state === "unknown") return <p className="text-sm text-gray-700">{t("hoursUnknownStatus")}</p>;
  if (status.state === "open") {
    return (
      <p className="font-semibold text-brand-800">
        {t("openNow")} · {t("closesAt", { time: status.closes })}
      </p>
    );
  }
  const { opens } = status;
  return (
    <p className="font-semibold text-gray-800">
      {t("closedNow")}
      {opens
        ? ` · ${
            opens.today
              ? t("opensToday", { time: opens.time })
              : t("opensOn", { weekday: String(opens.weekday), time: opens.time })
          }`
        : null}
    </p>
  );
}
