"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/admin/field-error";
import { signIn, type SignInState } from "@/lib/actions/auth";

export function SignInForm() {
  const t = useTranslations("AdminLogin");
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "" });
  return (
    <form action={action} className="space-y-4" noValidate>
      <div aria-live="polite">{state.message ? <p className="notice-error" role="alert">{state.message}</p> : null}</div>
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={Boolean(state.fieldErrors?.email)}
          aria-describedby={state.fieldErrors?.email ? "email-error" : undefined}
        />
        <FieldError id="email-error" message={state.fieldErrors?.email} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(state.fieldErrors?.password)}
          aria-describedby={state.fieldErrors?.password ? "password-error" : undefined}
        />
        <FieldError id="password-error" message={state.fieldErrors?.password} />
      </div>
      <button type="submit" className="button-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
