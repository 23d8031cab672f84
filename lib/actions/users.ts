"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { passwordProblem } from "@/lib/auth/password-policy";
import { requireAdmin } from "@/lib/auth/session";
import { createAccount } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { newAccountSchema } from "@/lib/validation/account";
import { unstorableCharacterMessage } from "@/lib/validation/text";

export type AccountFormState = {
  values: { email: string; name: string; role: string };
  fieldErrors?: Partial<Record<"email" | "name" | "role" | "password", string>>;
  message?: string;
  saved?: boolean;
};

export async function createAccountAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const actor = await requireAdmin();
  const t = await getTranslations("AdminUsers");
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "editor") };
  const parsed = newAccountSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fieldErrors: AccountFormState["fieldErrors"] = {};
    const formT = await getTranslations("AdminForm.errors");
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof NonNullable<AccountFormState["fieldErrors"]>;
      fieldErrors[field] ??= issue.message === unstorableCharacterMessage ? formT(unstorableCharacterMessage) : t(`errors.${field}`);
    }
    return { values, fieldErrors };
  }
  const problem = passwordProblem(parsed.data.password, [parsed.data.email, parsed.data.name]);
  if (problem) return { values, fieldErrors: { password: t(`errors.password_${problem}`) } };
  const prisma = db();
  if (await prisma.user.findUnique({ where: { email: parsed.data.email } })) return { values, fieldErrors: { email: t("errors.emailTaken") } };
  await createAccount(prisma, parsed.data, actor);
  revalidatePath("/[locale]/admin/users", "page");
  return { values: { email: "", name: "", role: "editor" }, saved: true, message: t("created", { email: parsed.data.email }) };
}

export async function setAccountActive(formData: FormData): Promise<void> {
  const actor = await requireAdmin();
  const parsed = z.object({ id: z.string().min(1).max(100), active: z.enum(["true", "false"]) }).safeParse(Object.fromEntries(formData));
  // An admin cannot lock themselves out.
  if (!parsed.success || parsed.data.id === actor.id) return;
  const active = parsed.data.active === "true";
  const prisma = db();
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: parsed.data.id }, select: { id: true, email: true, role: true, active: true } });
    if (!before) return;
    const after = await tx.user.update({ where: { id: before.id }, data: { active }, select: { id: true, email: true, role: true, active: true } });
    // Deactivating ends the person's open sessions at once.
    if (!active) await tx.session.deleteMany({ where: { userId: before.id } });
    await writeAudit(tx, actor, { action: "update_user", entityType: "user", entityId: before.id, before, after });
  });
  revalidatePath("/[locale]/admin/users", "page");
}
