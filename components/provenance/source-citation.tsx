import { getFormatter, getTranslations } from "next-intl/server";
import type { PartialDate, SourceCitation } from "@/lib/provenance/cite";

const dateFormats = {
  year: { year: "numeric" },
  month: { month: "long", year: "numeric" },
  day: { day: "numeric", month: "long", year: "numeric" },
} as const;

/** A date as precise as the source gave it: "2024", "March 2024", "5 March 2024". */
export async function formatPartialDate(partial: PartialDate): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(partial.date, { ...dateFormats[partial.precision], timeZone: "UTC" });
}

/** "“Title”, Publisher, March 2024": the title links to the source when it has an address. */
export async function SourceCitationText({ cited }: { cited: SourceCitation }) {
  const t = await getTranslations("Provenance");
  const title = cited.ownTitle ? t("quotedTitle", { title: cited.title }) : cited.title;
  const date = cited.published ? await formatPartialDate(cited.published) : t("undated");
  return (
    <>
      {cited.url ? (
        <a href={cited.url} rel="noreferrer" className="break-words">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {cited.publisher && cited.publisher !== cited.title ? <span>, {cited.publisher}</span> : null}
      <span>, {date}</span>
    </>
  );
}
