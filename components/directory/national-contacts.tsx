import { getTranslations } from "next-intl/server";
import { ContactLinks } from "@/components/organizations/contact-links";
import { LocalizedText } from "@/components/ui/localized-text";
import type { listNationalContacts } from "@/lib/data/directory";
import { Link } from "@/lib/i18n/navigation";

type Contacts = Awaited<ReturnType<typeof listNationalContacts>>;

export async function NationalContacts({ contacts }: { contacts: Contacts }) {
  const t = await getTranslations("Directory");
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby="national" className="space-y-3">
      <h2 id="national" className="text-xl font-semibold">
        {t("nationalContacts")}
      </h2>
      <ul className="space-y-3">
        {contacts.map((contact) => (
          <li key={contact.slug} className="space-y-1 rounded-lg border border-gray-200 p-4">
            <h3 className="font-semibold">
              <Link href={{ pathname: "/organizations/[slug]", params: { slug: contact.slug } }}>
                <LocalizedText value={contact.name} isName />
              </Link>
            </h3>
            <LocalizedText value={contact.description} as="p" className="text-sm text-gray-800" />
            <ContactLinks phones={contact.phones} emails={contact.emails} />
          </li>
        ))}
      </ul>
    </section>
  );
}
