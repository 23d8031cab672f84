import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { directoryQuery, type DirectoryFilters } from "@/lib/validation/directory-filters";
import { maxReferralOffices, referralParam, withOffice, withoutOffice } from "@/lib/validation/referral-list";

/** The words of the control, translated once by the page for all its cards. */
export type ReferralToggleText = { add: string; remove: string; inList: string; full: string };

type Props = { slug: string; name: string; filters: DirectoryFilters; referral: string[]; locale: Locale; text: ReferralToggleText };

/**
 * Adds an office to the referral list, or takes it off, with a plain link:
 * the list travels in the URL with the search, so it works without
 * JavaScript and the page comes back to this card.
 */
export function ReferralToggle({ slug, name, filters, referral, locale, text }: Props) {
  const inList = referral.includes(slug);
  if (!inList && referral.length >= maxReferralOffices) {
    return <p className="card-foot text-gray-700">{text.full}</p>;
  }
  const href = {
    pathname: "/directory" as const,
    query: { ...directoryQuery(filters), [referralParam]: inList ? withoutOffice(referral, slug) : withOffice(referral, slug) },
    hash: `referral-${slug}`,
  };
  return (
    <p id={`referral-${slug}`} className="card-foot">
      {inList ? <span className="font-semibold text-brand-800">✓ {text.inList}</span> : null}
      {/* The visible words start the accessible name (WCAG 2.5.3); the office's name, for screen readers, follows. */}
      <Link href={href} locale={locale} className="inline-flex min-h-11 items-center">
        {inList ? null : <span aria-hidden="true">+&nbsp;</span>}
        {inList ? text.remove : text.add}
        <span className="sr-only">{`: ${name}`}</span>
      </Link>
    </p>
  );
}
