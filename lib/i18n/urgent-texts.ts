// The texts that must not wait for a translator (issue 15): what a person must
// know today, whatever their language — the deadline to apply to COMAR and how
// to count it, that help is free and how to spot fraud, how to leave the site
// quickly. Each must exist in every locale of lib/i18n/locales.ts
// (tests/unit/urgent-texts.test.ts fails the moment a locale lacks one), and in
// a locale that is not required it carries "translation not yet reviewed by a
// native speaker" until an editor marks it reviewed (decision 028).
import { isRequiredLocale, locales, type Locale } from "@/lib/i18n/locales";
import { deadlineNoteSlug, fraudNoteSlug } from "@/lib/legal-note-slugs";

export type UrgentText =
  /** Messages of messages/<locale>.json; a path naming a namespace (or a group in one) takes every message in it. */
  | { id: string; kind: "messages"; keys: readonly string[] }
  /** A legal note of the seed (prisma/seed/data/legal-notes), by slug: its title, summary and body. */
  | { id: string; kind: "legalNote"; slug: string };

export const urgentTexts = [
  // The home page's first screen: what to do now (apply to COMAR in time, free legal help, 911).
  { id: "home-first-steps", kind: "messages", keys: ["Home.nowTitle", "Home.nowComar", "Home.nowComarLink", "Home.nowHelp", "Home.nowEmergency"] },
  // The home page's warning about the deadline (what to do now), with its two links.
  { id: "home-deadline", kind: "messages", keys: ["Home.deadlineTitle", "Home.deadlineBody", "Home.deadlineLink", "Deadline.homeLink"] },
  // The deadline calculator: the page, its results, its sources and the calendar file.
  { id: "deadline-calculator", kind: "messages", keys: ["Deadline"] },
  // "Help is free; never pay": the home page's box, the footer line and the fraud box of organisation pages.
  { id: "fraud-warning", kind: "messages", keys: ["Home.freeTitle", "Home.freeBody", "Layout.footerFree", "Home.freeLink", "Organization.fraudTitle", "Organization.fraudDefault", "Organization.fraudReportEmail", "Organization.fraudWhereTitle", "Organization.fraudToOrganization", "Organization.fraudOfficial", "Organization.fraudNoteLink"] },
  // The quick exit on every page and the page that explains it.
  { id: "quick-exit", kind: "messages", keys: ["Layout.quickExit", "Layout.quickExitHint", "Layout.browseSafely", "BrowseSafely"] },
  { id: "note-comar-application-deadline", kind: "legalNote", slug: deadlineNoteSlug },
  { id: "note-avoid-fraud", kind: "legalNote", slug: fraudNoteSlug },
] as const satisfies readonly UrgentText[];

export type UrgentTextId = (typeof urgentTexts)[number]["id"];
export const urgentTextIds = urgentTexts.map((text) => text.id) as [UrgentTextId, ...UrgentTextId[]];

/** The legal notes that are urgent texts, by slug. */
export const urgentNoteSlugs: readonly string[] = urgentTexts.flatMap((text) => (text.kind === "legalNote" ? [text.slug] : []));

/** The urgent text of a legal note, if that note is one. */
export function urgentTextOfNote(slug: string): UrgentTextId | null {
  return urgentTexts.find((text) => text.kind === "legalNote" && text.slug === slug)?.id ?? null;
}

export function urgentTextById(id: string): UrgentText | undefined {
  return urgentTexts.find((text) => text.id === id);
}

export function isUrgentTextId(value: unknown): value is UrgentTextId {
  return typeof value === "string" && (urgentTextIds as readonly string[]).includes(value);
}

/**
 * The locales whose urgent texts wait for a native speaker's review: every
 * locale that is not required. Spanish and English are the originals the
 * editors write, and never carry the mark.
 */
export function reviewLocales(): Locale[] {
  return locales.filter((locale) => !isRequiredLocale(locale));
}

export function isReviewLocale(value: unknown): value is Locale {
  return typeof value === "string" && reviewLocales().some((locale) => locale === value);
}
