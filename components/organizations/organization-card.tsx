import { getTranslations } from "next-intl/server";
import { AcronymAfterName } from "@/components/organizations/acronym-after-name";
import { TagList } from "@/components/organizations/tag-list";
import { LocalizedText } from "@/components/ui/localized-text";
import type { OrganizationSummary } from "@/lib/data/organizations";
import { Link } from "@/lib/i18n/navigation";

export async function OrganizationCard({ organization }: { organization: OrganizationSummary }) {
  const t = await getTranslations("Organizations");
  const tt = await getTranslations("Taxonomy");
  const headingId = `org-${organization.slug}`;
  return (
    <article className="space-y-3 rounded-lg border border-gray-200 p-4" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        <Link href={{ pathname: "/organizations/[slug]", params: { slug: organization.slug } }}>
          <LocalizedText value={organization.name} isName />
        </Link>
        <AcronymAfterName name={organization.name?.text} acronym={organization.acronym} />
      </h2>
      <LocalizedText value={organization.description} as="p" className="line-clamp-3 text-gray-800" />
      <TagList
        label={t("services")}
        items={organization.serviceTypes.map((type) => ({ key: type, label: tt(`serviceType.${type}`) }))}
      />
      <div>
        <h3 className="text-sm font-semibold text-gray-800">{t("offices")}</h3>
        {organization.offices.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noOffices")}</p>
        ) : (
          <ul className="text-sm text-gray-800">
            {organization.offices.map((office) => (
              <li key={office.id}>
                {office.city ? `${office.city.name}, ${office.city.state.name}` : t("cityUnknown")}
                {office.kind === "remote" ? ` · ${t("remote")}` : null}
                {office.confidentialAddress ? ` · ${t("addressConfidential")}` : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
