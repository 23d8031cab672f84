"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/admin/field-error";
import { createAccountAction, type AccountFormState } from "@/lib/actions/users";

const initial: AccountFormState = { values: { email: "", name: "", role: "editor" } };

export function AccountForm() {
  const t = useTranslations("AdminUsers");
  const [state, action, pending] = useActionState(createAccountAction, initial);
  const error = (field: keyof NonNullable<AccountFormState["fieldErrors"]>) => state.fieldErrors?.[field];
  const described = (field: keyof NonNullable<AccountFormState["fieldErrors"]>) => (error(field) ? `${field}-error` : undefined);
  return (
    // A new key after each answer re-renders the fields with the values the server sent back.
    <form action={action} key={JSON.stringify(state)} className="space-y-3" noValidate>
      <div aria-live="polite">{state.message ? <p className={state.saved ? "notice-ok" : "notice-error"}>{state.message}</p> : null}</div>
      <div className="field">
        <label htmlFor="account-email">{t("email")}</label>
        <input id="account-email" name="email" type="email" defaultValue={state.values.email} aria-invalid={Boolean(error("email"))} aria-describedby={described("email")} />
        <FieldError id="email-error" message={error("email")} />
      </div>
      <div className="field">
        <label htmlFor="account-name">{t("name")}</label>
        <input id="account-name" name="name" defaultValue={state.values.name} aria-invalid={Boolean(error("name"))} aria-describedby={described("name")} />
        <FieldError id="name-error" message={error("name")} />
      </div>
      <div className="field">
        <label htmlFor="account-role">{t("role")}</label>
        <select id="account-role" name="role" defaultValue={state.values.role}>
          <option value="editor">{t("roleEditor")}</option>
          <option value="admin">{t("roleAdmin")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="account-password">{t("password")}</label>
        <input id="account-password" name="password" type="password" autoComplete="new-password" aria-invalid={Boolean(error("password"))} aria-describedby={`password-hint ${described("password") ?? ""}`.trim()} />
        <p id="password-hint" className="text-sm text-gray-700">{t("passwordHint")}</p>
        <FieldError id="password-error" message={error("password")} />
      </div>
      <button type="submit" className="button-primary" disabled={pending}>{t("create")}</button>
    </form>
  );
}
