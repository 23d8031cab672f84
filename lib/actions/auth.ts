"use server";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAuth } from "@/lib/auth/server";
import { clearEvents, recordEvent, secondsLocked, signInAccountPolicy, signInAddressPolicy, slowDownMs } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { signInSchema } from "@/lib/validation/account";

export type SignInState = { email: string; message?: string; fieldErrors?: { email?: string; password?: string } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("AdminLogin");
  const email = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      email,
      fieldErrors: {
        email: fields.has("email") ? t("emailInvalid") : undefined,
        password: fields.has("password") ? t("passwordRequired") : undefined,
      },
    };
  }
  // The same keys whether or not the account exists, so the answers reveal nothing.
  const keys = [
    { key: `signin-account:${parsed.data.email}`, policy: signInAccountPolicy },
    { key: `signin-address:${await clientAddress()}`, policy: signInAddressPolicy },
  ];
  const prisma = db();
  const locked = await secondsLocked(prisma, keys);
  if (locked > 0) return { email, message: t("locked", { minutes: Math.ceil(locked / 60) }) };
  await sleep(await slowDownMs(prisma, keys));

  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    // Not instanceof: the bundle may hold two copies of better-auth's error class (its ESM and CommonJS
    // builds); isAPIError also knows a copy by its name.
    if (!isAPIError(error)) throw error;
    const nowLocked = await recordEvent(prisma, keys);
    const wait = nowLocked ? await secondsLocked(prisma, keys) : 0;
    return { email, message: wait > 0 ? t("locked", { minutes: Math.ceil(wait / 60) }) : t("invalid") };
  }
  await clearEvents(prisma, keys[0]!.key);
  redirect(`/${await getLocale()}/admin`);
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  // Deletes the session row, so the cookie is worthless even if it was copied.
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect(`/${await getLocale()}/admin/login`);
}
