import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getAuth } from "@/lib/auth/server";
import { db } from "@/lib/db/client";
import type { Role } from "@/prisma/generated/client";

export type SignedInUser = { id: string; email: string; name: string; role: Role };

/** The signed-in, active user of this request, or null. Role and status are read from the database every time. */
export async function getSignedInUser(): Promise<SignedInUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = await db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * Every admin page and every server action calls this (or requireAdmin)
 * itself: the proxy only redirects, and server actions are public endpoints.
 */
export async function requireUser(): Promise<SignedInUser> {
  const user = await getSignedInUser();
  if (!user) redirect(`/${await getLocale()}/admin/login`);
  return user;
}

export async function requireAdmin(): Promise<SignedInUser> {
  const user = await requireUser();
  if (user.role !== "admin") redirect(`/${await getLocale()}/admin?denied=1`);
  return user;
}
