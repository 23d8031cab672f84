// "Report a problem with this listing": the public side. No account and no
// personal data; a honeypot field for bots and a per-address limit kept in the
// database (so several instances count together).
import { z } from "zod";
import { giveBackAttempt, reportAddressPolicy, reserveAttempt } from "@/lib/auth/throttle";
import { locales } from "@/lib/i18n/locales";
import { slugParamSchema } from "@/lib/validation/params";
import { formText } from "@/lib/validation/text";
import type { PrismaClient } from "@/prisma/generated/client";

export const reportFormSchema = z.object({
  office: slugParamSchema,
  locale: z.enum(locales),
  message: formText.trim().min(10).max(2000),
  /** The honeypot: people never see it, bots fill it in. */
  website: z.string().max(500).default(""),
});

export type ReportOutcome = "sent" | "invalid" | "limited";

export async function submitProblemReport(prisma: PrismaClient, input: z.output<typeof reportFormSchema>, address: string): Promise<ReportOutcome> {
  // Answer a bot as if it had worked, and store nothing.
  if (input.website !== "") return "sent";
  const office = await prisma.office.findFirst({ where: { slug: input.office, published: true }, select: { id: true } });
  if (!office) return "invalid";
  // Counted before writing, in one step, so simultaneous reports cannot all pass the limit.
  const attempt = await reserveAttempt(prisma, [{ key: `report-address:${address}`, policy: reportAddressPolicy }]);
  if (!attempt.ok) return "limited";
  try {
    await prisma.problemReport.create({ data: { officeId: office.id, message: input.message, locale: input.locale } });
  } catch (error) {
    await giveBackAttempt(prisma, attempt.reservation);
    throw error;
  }
  return "sent";
}
