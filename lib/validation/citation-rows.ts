// The "Sources" rows of the organisation, office and service forms: which
// source states which fact of the record, in its own words. The rules are
// those of a citation in the seed files (lib/validation/seed.ts) and the same
// fact checks (lib/provenance/fact-checks.ts), with the form's messages.
import { z } from "zod";
import { excerptMaxLength, namesContact, needsExcerpt } from "@/lib/provenance/rules";
import { citationProblems } from "@/lib/provenance/fact-checks";
import { citedFacts } from "@/lib/taxonomy";
import { checkbox, optionalText, rows } from "@/lib/validation/form-fields";

/** What the seed files hold at most in one record, with room to grow. */
const maxCitations = 40;

export const citationRows = rows(
  z
    .object({
      fact: z.enum(citedFacts),
      sourceId: z.uuid("required"),
      /** The source's words that state the fact; only "the record as a whole" may go without. */
      excerpt: optionalText(excerptMaxLength),
      /** For a phone or an e-mail: which of the record's it vouches for. */
      value: optionalText(254),
      /** Contradicted by a newer source: still cited, shown as superseded. */
      superseded: checkbox,
    })
    .superRefine((row, ctx) => {
      if (needsExcerpt(row.fact) && !row.excerpt) ctx.addIssue({ code: "custom", path: ["excerpt"], message: "required" });
      if (namesContact(row.fact) && !row.value) ctx.addIssue({ code: "custom", path: ["value"], message: "required" });
    })
    // Only a phone or an e-mail names what it vouches for.
    .transform((row) => ({ ...row, value: namesContact(row.fact) ? row.value : null })),
  (row) => !String(row.sourceId ?? "").trim() && !String(row.excerpt ?? "").trim() && !String(row.value ?? "").trim(),
  0,
  maxCitations,
);

export type CitationRowValues = z.output<typeof citationRows>[number];

type Contacts = { phones?: { raw: string }[]; emails?: { address: string }[]; citations: CitationRowValues[] };

/**
 * A phone or e-mail citation must name one of the phones or e-mails in the
 * same form, and its excerpt must state it. Added to the form's schema with
 * superRefine; a record without phones (a service) accepts none.
 */
export function checkCitedContacts(record: Contacts, ctx: z.RefinementCtx) {
  const problems = citationProblems({ phones: record.phones ?? [], emails: record.emails ?? [], citations: record.citations });
  for (const problem of problems) {
    const unknown = problem.kind === "unknownValue";
    ctx.addIssue({ code: "custom", path: ["citations", problem.index, unknown ? "value" : "excerpt"], message: unknown ? "citationValue" : "citationNotStated" });
  }
}
