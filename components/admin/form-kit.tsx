"use client";
// The pieces every admin form is built from: each field has its label, the
// value the server sent back (the person's own input on any error) and its
// translated error, tied to the input by aria-describedby.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FieldError } from "@/components/admin/field-error";
import { useLanguageName } from "@/components/admin/language-names";
import type { AdminFormState } from "@/lib/actions/form-flow";
import { isRequiredLocale, locales, type Locale } from "@/lib/i18n/locales";
import { phoneTypes } from "@/lib/taxonomy";

export type Option = { id: string; label: string };
export type FormAction = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;
type InputProps = { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string };

const get = (source: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), source);
export const str = (value: unknown) => (value === undefined || value === null ? "" : String(value));
export const checked = (value: unknown) => value === true || value === "on" || value === "true";
/** The saved rows plus `blanks` empty ones to add more. */
export const rowsOf = (value: unknown, blanks: number) => [...(Array.isArray(value) ? value : []), ...Array.from({ length: blanks }, () => ({}))];
const fieldId = (path: string) => `f-${path.replaceAll(".", "-")}`;

export function useAdminForm(action: FormAction, initial: Record<string, unknown>) {
  const t = useTranslations("AdminForm");
  const [state, formAction, pending] = useActionState(action, { status: "idle", input: initial, base: initial });
  const value = (path: string) => get(state.input, path);
  const error = (path: string) => (state.errors?.[path] ? t(`errors.${state.errors[path]}` as "errors.invalid") : undefined);

  const field = (path: string, label: string, input: (props: InputProps) => ReactNode, hint?: string) => {
    const id = fieldId(path);
    const message = error(path);
    const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
    return (
      <div className="field" key={path}>
        <label htmlFor={id}>{label}</label>
        {hint ? <p id={`${id}-hint`} className="text-sm text-gray-700">{hint}</p> : null}
        {input({ id, name: path, "aria-invalid": Boolean(message), "aria-describedby": describedBy || undefined })}
        <FieldError id={`${id}-error`} message={message} />
      </div>
    );
  };
  const text = (path: string, label: string, type = "text", hint?: string) =>
    field(path, label, (props) => <input {...props} type={type} defaultValue={str(value(path))} />, hint);
  const textarea = (path: string, label: string, rows = 4, hint?: string) =>
    field(path, label, (props) => <textarea {...props} rows={rows} defaultValue={str(value(path))} />, hint);
  const select = (path: string, label: string, options: Option[], fallback = "") =>
    field(path, label, (props) => (
      <select {...props} defaultValue={str(value(path)) || fallback}>
        {options.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
      </select>
    ));
  const languageName = useLanguageName();
  /** One input per locale, side by side, labelled "Field (Spanish)", or "Field (French, optional)" where it may stay empty. */
  const localized = (path: string, kind: "text" | "textarea" = "text", rows = 4) => (
    <div className="grid gap-3 sm:grid-cols-2">
      {locales.map((locale: Locale) => {
        const texts = { field: t(`fields.${path}` as "fields.name"), language: languageName(locale) };
        const label = isRequiredLocale(locale) ? t("localizedIn", texts) : t("localizedOptionalIn", texts);
        return kind === "text" ? text(`${path}.${locale}`, label) : textarea(`${path}.${locale}`, label, rows);
      })}
    </div>
  );
  const checkbox = (path: string, label: string, hint?: string) => {
    const id = fieldId(path);
    return (
      <div className="flex items-start gap-2" key={path}>
        <input id={id} type="checkbox" name={path} defaultChecked={checked(value(path))} className="mt-1 size-6" aria-describedby={hint ? `${id}-hint` : undefined} />
        <div>
          <label htmlFor={id} className="font-medium">{label}</label>
          {hint ? <p id={`${id}-hint`} className="text-sm text-gray-700">{hint}</p> : null}
        </div>
      </div>
    );
  };
  /** A group of checkboxes sharing one name (a taxonomy picker). */
  const checkboxes = (name: string, legend: string, options: Option[], hint?: string) => {
    const ticked = [value(name)].flat();
    return (
      <fieldset className="space-y-2" key={name} aria-describedby={error(name) ? `${fieldId(name)}-error` : undefined}>
        <legend className="text-lg font-semibold">{legend}</legend>
        {hint ? <p className="text-sm text-gray-700">{hint}</p> : null}
        <div className="grid gap-1 sm:grid-cols-2">
          {options.map((option) => (
            <label key={option.id} className="flex items-center gap-2">
              <input type="checkbox" name={name} value={option.id} defaultChecked={ticked.includes(option.id)} className="size-6" />
              {option.label}
            </label>
          ))}
        </div>
        <FieldError id={`${fieldId(name)}-error`} message={error(name)} />
      </fieldset>
    );
  };
  return { t, state, formAction, pending, value, error, field, text, textarea, select, localized, languageName, checkbox, checkboxes };
}

export type AdminFormKit = ReturnType<typeof useAdminForm>;

/** The form element with what every admin form has: version, conflict base, notices and the save button. */
export function AdminFormShell({ kit, initial, children }: { kit: AdminFormKit; initial: Record<string, unknown>; children: ReactNode }) {
  const { t, state, formAction, pending, value } = kit;
  const errorCount = Object.keys(state.errors ?? {}).length;
  return (
    // Remounted after every answer so the fields show what the server sent back (the person's own input on errors).
    <form action={formAction} key={JSON.stringify(state)} className="space-y-6" noValidate>
      <input type="hidden" name="version" value={str(value("version"))} />
      <input type="hidden" name="$base" value={JSON.stringify(state.base ?? initial)} />
      <div aria-live="polite" className="space-y-2">
        {state.status === "saved" ? <p className="notice-ok">{t("saved")}</p> : null}
        {state.status === "invalid" ? <p className="notice-error" role="alert">{t("invalid", { count: errorCount })}</p> : null}
        {state.status === "conflict" ? (
          <div className="notice-error space-y-2" role="alert">
            <p className="font-semibold">{t("conflictTitle")}</p>
            <p>{t("conflictBody")}</p>
            <ul className="list-disc pl-6">
              {(state.changedMeanwhile ?? []).map(({ field: name, current }) => (
                <li key={name}>
                  <strong>{t(`fields.${name}` as "fields.name")}</strong>: {describe(current)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {children}
      <button type="submit" className="button-primary" disabled={pending}>{t("save")}</button>
    </form>
  );
}

/** A snapshot value in words: text as is, translations as "es: …; en: …". */
function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "✓" : "✗";
  if (Array.isArray(value)) return value.length ? value.map(describe).join(", ") : "—";
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([key, v]) => v !== "" && v !== null && key !== "number");
    return entries.length ? entries.map(([key, v]) => `${key}: ${describe(v)}`).join("; ") : "—";
  }
  return JSON.stringify(value);
}

/** Phone and e-mail rows, the same for offices and organisations. */
export function ContactRows({ kit }: { kit: AdminFormKit }) {
  const { t, value, text, select, languageName } = kit;
  const tt = useTranslations("Taxonomy");
  const typeOptions = phoneTypes.map((type) => ({ id: type, label: tt(`phoneType.${type}`) }));
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.phones")}</legend>
        <p className="text-sm text-gray-700">{t("phonesHint")}</p>
        {rowsOf(value("phones"), 2).map((_, index) => (
          <div key={index} className="grid gap-2 border-l-4 border-gray-200 pl-3 sm:grid-cols-3">
            {text(`phones.${index}.raw`, t("phoneNumber", { n: index + 1 }), "tel")}
            {select(`phones.${index}.type`, t("phoneType", { n: index + 1 }), typeOptions, "voice")}
            {value(`phones.${index}.number`) ? (
              <p className="text-sm text-gray-700 sm:col-span-3">{t("phoneStored", { number: str(value(`phones.${index}.number`)) })}</p>
            ) : null}
            {locales.map((locale) => text(`phones.${index}.label.${locale}`, t("phoneLabelIn", { n: index + 1, language: languageName(locale) })))}
            <label className="flex items-center gap-2 self-end pb-2">
              <input type="checkbox" name={`phones.${index}.whatsapp`} defaultChecked={checked(value(`phones.${index}.whatsapp`))} className="size-6" />
              {t("whatsapp", { n: index + 1 })}
            </label>
            <label className="flex items-start gap-2 sm:col-span-3">
              <input type="checkbox" name={`phones.${index}.asWritten`} defaultChecked={checked(value(`phones.${index}.asWritten`))} className="size-6 shrink-0" />
              {t("phoneAsWritten", { n: index + 1 })}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.emails")}</legend>
        {rowsOf(value("emails"), 1).map((_, index) => text(`emails.${index}.address`, t("emailAddress", { n: index + 1 }), "email"))}
      </fieldset>
    </>
  );
}
