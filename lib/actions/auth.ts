"use server";
import { isAPIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAuth, useSecureCookies } from "@/lib/auth/server";
import { deviceCookieMaxAgeSeconds, deviceCookieName } from "@/lib/auth/device-cookie";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { locales } from "@/lib/i18n/locales";
import { signInSchema } from "@/lib/validation/account";

export type SignInState = { email: string; message?: string; fieldErrors?: { email?: string; password?: string } };

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
  const locale = await getLocale();
  const cookieName = deviceCookieName(locale);
  const cookieStore = await cookies();
  const auth = await getAuth();
  const outcome = await attemptSignIn(
    db(),
    { email: parsed.data.email, address: await clientAddress(), deviceCookie: cookieStore.get(cookieName)?.value },
    async () => {
      try {
        await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
        return true;
      } catch (error) {
        // Not instanceof: the bundle may hold two copies of better-auth's error class (its ESM and CommonJS
        // builds); isAPIError also knows a copy by its name.
        if (isAPIError(error)) return false;
        throw error;
      }
    },
  );
  if (outcome.kind === "locked") return { email, message: t("locked", { minutes: Math.max(1, Math.ceil(outcome.seconds / 60)) }) };
  if (outcome.kind === "invalid") return { email, message: t("invalid") };
  // One cookie per sign-in page (the path keeps it off every other request), so either language trusts this browser.
  for (const other of locales) {
    cookieStore.set(deviceCookieName(other), outcome.deviceCookie, {
      httpOnly: true,
      sameSite: "lax",
      secure: useSecureCookies,
      path: `/${other}/admin/login`,
      maxAge: deviceCookieMaxAgeSeconds,
    });
  }
  redirect(`/${locale}/admin`);
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  // Deletes the session row, so the cookie is worthless even if it was copied.
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect(`/${await getLocale()}/admin/login`);
}
