import { getFormatter, getTranslations } from "next-intl/server";
import type { Provenance } from "@/lib/provenance/shape";

/** Who last checked a record's facts, and when: an editor with the organisation, or only public sources. */
export async function VerificationLine({ provenance, className }: { provenance: Provenance; className?: string }) {
  const t = await getTranslations("Provenance");
  const format = await getFormatter();
  const date = provenance.lastVerified ? format.dateTime(provenance.lastVerified, { dateStyle: "long", timeZone: "UTC" }) : "";
  const text =
    provenance.verifiedBy === "editor"
      ? t("lastVerified", { date })
      : provenance.verifiedBy === "sources"
        ? t("checkedAgainstSources", { date })
        : t("notVerified");
  return <p className={className}>{text}</p>;
}
