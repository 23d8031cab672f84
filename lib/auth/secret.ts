import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/prisma/generated/client";

const settingKey = "auth_secret";

/**
 * The key that signs session cookies. AUTH_SECRET wins when set; otherwise one
 * is generated on first use and kept in the database, so there is no secret
 * in the repository and every instance sharing the database agrees on it.
 */
export async function resolveAuthSecret(prisma: PrismaClient): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const existing = await prisma.setting.findUnique({ where: { key: settingKey } });
  if (existing) return existing.value;
  // Two instances starting at once: the first insert wins and both read it back.
  await prisma.setting.createMany({
    data: [{ key: settingKey, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const stored = await prisma.setting.findUniqueOrThrow({ where: { key: settingKey } });
  return stored.value;
}
