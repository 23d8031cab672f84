// The referral list lives in the URL (`?o=office-slug&o=…`), so it works
// without JavaScript, survives a reload and can be sent to a colleague.
import { z } from "zod";
import { slugParamSchema } from "@/lib/validation/params";

/** Enough for a referral, few enough to print on two pages (measured: 8 offices, the one with the longest hours among them, fit; 10 take three). */
export const maxReferralOffices = 8;
export const referralParam = "o";

export const referralSlugsSchema = z.array(slugParamSchema).max(maxReferralOffices);

/** For pages: malformed slugs and repeats are dropped, and the list is cut to the maximum. */
export function parseReferralList(raw: string | string[] | undefined): { slugs: string[]; dropped: number } {
  const values = [raw ?? []].flat();
  const valid = [...new Set(values.filter((value) => slugParamSchema.safeParse(value).success))];
  const slugs = valid.slice(0, maxReferralOffices);
  return { slugs, dropped: values.length - slugs.length };
}

export function withOffice(slugs: string[], slug: string): string[] {
  // A full list stays as it is: dropping an office the caseworker chose would surprise them.
  return slugs.includes(slug) || slugs.length >= maxReferralOffices ? slugs : [...slugs, slug];
}

export function withoutOffice(slugs: string[], slug: string): string[] {
  return slugs.filter((candidate) => candidate !== slug);
}
