import { getTranslations } from "next-intl/server";
import { TagList } from "@/components/organizations/tag-list";
import { LocalizedText } from "@/components/ui/localized-text";
import type { OrganizationDetail } from "@/lib/data/organizations";

type Props = { services: OrganizationDetail["services"]; officeCount: number };

export async function ServiceList({ services, officeCount }: Props) {
  const t = await getTranslations("Organization");
  const tt = await getTranslations("Taxonomy");
  if (services.length === 0) return <p>{t("noServices")}</p>;
  return (
    <ul className="space-y-4">
      {services.map((service) => (
        <li key={service.id} className="space-y-2 rounded-lg bg-gray-50 p-4">
          <h3 className="font-semibold">{tt(`serviceType.${service.type}`)}</h3>
          <LocalizedText value={service.description} as="p" />
          {service.populations.length > 0 ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span>{t("forPopulations")}:</span>
              <TagList items={service.populations.map((p) => ({ key: p, label: tt(`population.${p}`) }))} />
            </div>
          ) : (
            <p className="text-sm">{t("everyone")}</p>
          )}
          <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {[
              // Not a bare "cost not confirmed": the home page speaks of free help, so say what to do (decision 022).
              { term: t("cost"), detail: service.cost === "unknown" ? t("costUnknown") : tt(`cost.${service.cost}`) },
              { term: t("eligibility"), detail: service.eligibility && <LocalizedText value={service.eligibility} /> },
              {
                term: t("accessMethods"),
                detail: service.accessMethods.map((method) => tt(`accessMethod.${method}`)).join(", "),
              },
              { term: t("howToGetHelp"), detail: service.howToGetHelp && <LocalizedText value={service.howToGetHelp} /> },
              {
                term: t("givenAt"),
                detail:
                  officeCount > 1 && service.offices.length > 0
                    ? service.offices.length === officeCount
                      ? t("allOffices")
                      : service.offices.map((office) => office.name?.text).filter(Boolean).join(" · ")
                    : null,
              },
            ]
              // Rows the sources leave empty are left out rather than shown blank.
              .filter((row) => row.detail)
              .map((row) => (
                <div key={row.term} className="contents">
                  <dt className="font-medium">{row.term}</dt>
                  <dd>{row.detail}</dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
