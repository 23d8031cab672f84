import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/prisma/generated/client";

export const sessionCookiePrefix = "amparo";
const sessionLifetimeSeconds = 60 * 60 * 12;
/** Cookies are Secure when the site is served over https. */
export const useSecureCookies = env.SITE_URL.startsWith("https://");

function createAuth(prisma: PrismaClient, secret: string) {
  return betterAuth({
    appName: "Amparo",
    baseURL: env.SITE_URL,
    secret,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    telemetry: { enabled: false },
    // Accounts are created by an admin (npm run admin:create, the users page), never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "editor" },
        active: { type: "boolean", input: false, required: false, defaultValue: true },
      },
    },
    session: {
      expiresIn: sessionLifetimeSeconds,
      updateAge: 60 * 60,
      // No cookie cache: every request checks the session row, so signing out
      // or deactivating an account takes effect at once.
      cookieCache: { enabled: false },
    },
    // Our own throttle (lib/auth/throttle.ts) counts per account and address in the database.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: sessionCookiePrefix,
      useSecureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account keeps its password but cannot open a session.
          before: async (session) => {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return user?.active ? { data: session } : false;
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { amparoAuth?: Promise<Auth> };

/** The site's better-auth instance, created on first use (it needs the secret from the database). */
export function getAuth(): Promise<Auth> {
  globalForAuth.amparoAuth ??= (async () => {
    const prisma = db();
    return createAuth(prisma, await resolveAuthSecret(prisma));
  })();
  return globalForAuth.amparoAuth;
}
