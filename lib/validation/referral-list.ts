// The referral list lives in the URL (`?o=office-slug&o=…`), so it works
// without JavaScript, survives a reload and can be sent to a colleague.
import { z } from "zod";
import { slugParamSchema } from "@/lib/validation/params";

/** Enough for a caseworker's referral, few enough to print on two pages. */
export const maxReferralOffices = 10;
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
  return slugs.includes(slug) ? slugs : [...slugs, slug].slice(-maxReferralOffices);
}

export function withoutOffice(slugs: string[], slug: string): string[] {
  return slugs.filter((candidate) => candidate !== slug);
}
