"use server";
import { revalidatePath } from "next/cache";
import { writeAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formErrors } from "@/lib/validation/form-fields";
import { closeReportSchema } from "@/lib/validation/problem-report";

export type CloseReportState = {
  /** What the editor wrote, given back when it is refused. */
  resolution: string;
  /** A message key in AdminForm.errors. */
  error?: string;
};

export async function closeReport(_previous: CloseReportState, formData: FormData): Promise<CloseReportState> {
  const actor = await requireUser();
  const parsed = closeReportSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { resolution: String(formData.get("resolution") ?? ""), error: formErrors(parsed.error).resolution ?? "invalid" };
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
  return { resolution: "" };
}
