"use client";
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FieldError } from "@/components/admin/field-error";
import type { OfficeFormState } from "@/lib/actions/offices";
import { locales } from "@/lib/i18n/locales";
import { phoneTypes } from "@/lib/taxonomy";

type Option = { id: string; label: string };
type Props = {
  action: (state: OfficeFormState, formData: FormData) => Promise<OfficeFormState>;
  initial: Record<string, unknown>;
  cities: Option[];
  services: Option[];
  timeZones: readonly string[];
};

const get = (source: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), source);
const str = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const checked = (value: unknown) => value === true || value === "on" || value === "true";
const rowsOf = (value: unknown, blanks: number) => [...(Array.isArray(value) ? value : []), ...Array.from({ length: blanks }, () => ({}))];

export function OfficeForm({ action, initial, cities, services, timeZones }: Props) {
  const t = useTranslations("AdminForm");
  const tt = useTranslations("Taxonomy");
  const [state, formAction, pending] = useActionState(action, { status: "idle", input: initial, base: initial });
  const value = (path: string) => get(state.input, path);
  const error = (path: string) => (state.errors?.[path] ? t(`errors.${state.errors[path]}` as "errors.invalid") : undefined);
  const field = (path: string, label: string, input: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode) => {
    const id = `f-${path.replaceAll(".", "-")}`;
    const message = error(path);
    return (
      <div className="field" key={path}>
        <label htmlFor={id}>{label}</label>
        {input({ id, name: path, "aria-invalid": Boolean(message), "aria-describedby": message ? `${id}-error` : undefined })}
        <FieldError id={`${id}-error`} message={message} />
      </div>
    );
  };
  const text = (path: string, label: string, type = "text") => field(path, label, (props) => <input {...props} type={type} defaultValue={str(value(path))} />);
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

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("names")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">{locales.map((locale) => text(`name.${locale}`, t("nameIn", { locale })))}</div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("address")}</legend>
        {text("street", t("fields.street"))}
        {text("streetDetail", t("fields.streetDetail"))}
        {text("colonia", t("fields.colonia"))}
        {text("municipality", t("fields.municipality"))}
        {field("cityId", t("fields.cityId"), (props) => (
          <select {...props} defaultValue={str(value("cityId"))}>
            <option value="">{t("noCity")}</option>
            {cities.map((city) => <option key={city.id} value={city.id}>{city.label}</option>)}
          </select>
        ))}
        {text("postalCode", t("fields.postalCode"))}
        <div className="flex items-start gap-2">
          <input id="f-confidential" type="checkbox" name="confidentialAddress" defaultChecked={checked(value("confidentialAddress"))} className="mt-1 size-5" aria-describedby="f-confidential-hint" />
          <div>
            <label htmlFor="f-confidential" className="font-medium">{t("fields.confidentialAddress")}</label>
            <p id="f-confidential-hint" className="text-sm text-gray-700">{t("confidentialHint")}</p>
          </div>
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.phones")}</legend>
        <p className="text-sm text-gray-700">{t("phonesHint")}</p>
        {rowsOf(value("phones"), 2).map((_, index) => (
          <div key={index} className="grid gap-2 border-l-4 border-gray-200 pl-3 sm:grid-cols-3">
            {text(`phones.${index}.raw`, t("phoneNumber", { n: index + 1 }), "tel")}
            {field(`phones.${index}.type`, t("phoneType", { n: index + 1 }), (props) => (
              <select {...props} defaultValue={str(value(`phones.${index}.type`)) || "voice"}>
                {phoneTypes.map((type) => <option key={type} value={type}>{tt(`phoneType.${type}`)}</option>)}
              </select>
            ))}
            {value(`phones.${index}.number`) ? (
              <p className="text-sm text-gray-700 sm:col-span-3">{t("phoneStored", { number: str(value(`phones.${index}.number`)) })}</p>
            ) : null}
            <label className="flex items-center gap-2 self-end pb-2">
              <input type="checkbox" name={`phones.${index}.whatsapp`} defaultChecked={checked(value(`phones.${index}.whatsapp`))} className="size-5" />
              {t("whatsapp", { n: index + 1 })}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.emails")}</legend>
        {rowsOf(value("emails"), 1).map((_, index) => text(`emails.${index}.address`, t("emailAddress", { n: index + 1 }), "email"))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.hours")}</legend>
        <p className="text-sm text-gray-700">{t("hoursHint")}</p>
        {rowsOf(value("hours"), 2).map((_, index) => (
          <div key={index} className="grid grid-cols-3 gap-2">
            {field(`hours.${index}.weekday`, t("weekday", { n: index + 1 }), (props) => (
              <select {...props} defaultValue={str(value(`hours.${index}.weekday`)) || "1"}>
                {([1, 2, 3, 4, 5, 6, 7] as const).map((day) => <option key={day} value={day}>{tt(`weekday.${day}`)}</option>)}
              </select>
            ))}
            {text(`hours.${index}.opens`, t("opens", { n: index + 1 }), "time")}
            {text(`hours.${index}.closes`, t("closes", { n: index + 1 }), "time")}
          </div>
        ))}
        <div className="grid gap-3 sm:grid-cols-2">{locales.map((locale) => text(`hoursNote.${locale}`, t("hoursNoteIn", { locale })))}</div>
        {field("timeZone", t("fields.timeZone"), (props) => (
          <select {...props} defaultValue={str(value("timeZone"))}>
            {timeZones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
        ))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fields.languages")}</legend>
        {text("languages", t("languagesLabel"))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{t("fields.serviceIds")}</legend>
        {services.map((service) => (
          <label key={service.id} className="flex items-center gap-2">
            <input type="checkbox" name="serviceIds" value={service.id} defaultChecked={[value("serviceIds")].flat().includes(service.id)} className="size-5" />
            {service.label}
          </label>
        ))}
        <FieldError id="f-serviceIds-error" message={error("serviceIds")} />
      </fieldset>

      <button type="submit" className="button-primary" disabled={pending}>{t("save")}</button>
    </form>
  );
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "✓" : "✗";
  return JSON.stringify(value);
}
