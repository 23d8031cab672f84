// The rows of the HSDS provenance extension (decision 018) as an import reads
// them: the same rules as the seed's sources and citations (lib/validation/seed.ts),
// on the cells of amparo_sources.csv and amparo_citations.csv.
import { z } from "zod";
import { excerptMaxLength, isNamedSource, namesContact, needsExcerpt, sourceKeyPattern } from "@/lib/provenance/rules";
import { partialDate } from "@/lib/validation/seed";

const optionalText = z.string().trim().min(1).optional();

export const hsdsSourceRowSchema = z
  .object({
    key: z.string().regex(sourceKeyPattern, "lowercase words joined by hyphens, e.g. comar-2024-tramites"),
    publisher: optionalText,
    title: optionalText,
    description: optionalText,
    url: z.url({ protocol: /^https?$/, error: "an http(s) address" }).optional(),
    published: partialDate.optional(),
    consulted_on: z.iso.date("YYYY-MM-DD"),
  })
  .refine((source) => isNamedSource({ ...source, described: Boolean(source.description) }), {
    path: ["description"],
    message: "a source without a title says what it is, or is a page named by its publisher and address",
  });

export const hsdsCitationRowSchema = z
  .object({
    fact: z.string(),
    value: z.string().trim().min(1).optional(),
    excerpt: z.string().trim().min(3, "quote at least 3 characters of the source").max(excerptMaxLength, `quote at most ${excerptMaxLength} characters of the source`).optional(),
  })
  .refine((citation) => !needsExcerpt(citation.fact) || citation.excerpt, {
    path: ["excerpt"],
    message: "quote the words of the source that state the fact",
  })
  .refine((citation) => !namesContact(citation.fact) || citation.value, {
    path: ["value"],
    message: "name the phone or e-mail address the citation vouches for",
  });
