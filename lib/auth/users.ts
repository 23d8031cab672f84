import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { writeAudit, type Actor } from "@/lib/audit";
import type { Prisma, PrismaClient, Role } from "@/prisma/generated/client";

export type NewAccount = { email: string; name: string; role: Role; password: string };

/**
 * Creates a user with a password that better-auth's sign-in accepts (its
 * scrypt hash, provider "credential"), plus the audit entry, in one transaction.
 */
export async function createAccount(prisma: PrismaClient, account: NewAccount, actor: Actor) {
  const hash = await hashPassword(account.password);
  const id = randomUUID();
  return prisma.$transaction(async (tx: Prisma.TransactionClient) => {
    const user = await tx.user.create({
      data: { id, email: account.email.toLowerCase(), name: account.name, role: account.role },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
    await writeAudit(tx, actor, { action: "create_user", entityType: "user", entityId: id, after: user });
    return user;
  });
}
