"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { recordEvent, reportAddressPolicy, secondsLocked } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { isLocale } from "@/lib/i18n/locales";

export type ReportState = { status: "idle" | "sent" | "invalid" | "limited"; message: string };

const reportSchema = z.object({ message: z.string().trim().min(10).max(2000), locale: z.string().refine(isLocale) });

/**
 * "Report a problem with this listing": no account, no personal data asked,
 * a hidden honeypot field for bots and a per-address limit kept in the database.
 */
export async function reportProblem(officeId: string, _previous: ReportState, formData: FormData): Promise<ReportState> {
  const message = String(formData.get("message") ?? "").slice(0, 4000);
  // Bots fill every field; people never see this one. Answer as if it worked.
  if (String(formData.get("website") ?? "") !== "") return { status: "sent", message: "" };
  const parsed = reportSchema.safeParse({ message, locale: formData.get("locale") });
  if (!parsed.success || !z.uuid().safeParse(officeId).success) return { status: "invalid", message };
  const prisma = db();
  const keys = [{ key: `report-address:${await clientAddress()}`, policy: reportAddressPolicy }];
  if ((await secondsLocked(prisma, keys)) > 0) return { status: "limited", message };
  const office = await prisma.office.findFirst({ where: { id: officeId, published: true }, select: { id: true } });
  if (!office) return { status: "invalid", message };
  await prisma.problemReport.create({ data: { officeId: office.id, message: parsed.data.message, locale: parsed.data.locale } });
  await recordEvent(prisma, keys);
  return { status: "sent", message: "" };
}

const closeSchema = z.object({ id: z.uuid(), resolution: z.string().trim().max(1000) });

export async function closeReport(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = closeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const prisma = db();
  await prisma.$transaction(async (tx) => {
    const before = await tx.problemReport.findUnique({ where: { id: parsed.data.id }, select: { status: true, resolution: true } });
    if (!before || before.status === "closed") return;
    const after = await tx.problemReport.update({
      where: { id: parsed.data.id },
      data: { status: "closed", closedAt: new Date(), closedById: actor.id, resolution: parsed.data.resolution || null },
      select: { status: true, resolution: true },
    });
    await writeAudit(tx, actor, { action: "close_report", entityType: "problem_report", entityId: parsed.data.id, before, after });
  });
  revalidatePath("/[locale]/admin", "layout");
}
