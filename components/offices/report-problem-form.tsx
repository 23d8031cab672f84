"use client";
import { useActionState } from "react";
import type { ReportState } from "@/lib/actions/reports";

type Labels = { heading: string; intro: string; message: string; submit: string; sent: string; invalid: string; limited: string; honeypot: string };

/** Strings come from the server (translated there), so the page sends no message catalogue to the browser. */
export function ReportProblemForm({ action, locale, labels }: { action: (state: ReportState, formData: FormData) => Promise<ReportState>; locale: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<ReportState, FormData>(action, { status: "idle", message: "" });
  const notice = state.status === "sent" ? labels.sent : state.status === "invalid" ? labels.invalid : state.status === "limited" ? labels.limited : null;
  return (
    <form action={formAction} key={JSON.stringify(state)} className="space-y-2" aria-labelledby="report-heading">
      <h2 id="report-heading" className="text-lg font-semibold">{labels.heading}</h2>
      <p className="text-sm text-gray-700">{labels.intro}</p>
      <div aria-live="polite">{notice ? <p className={state.status === "sent" ? "notice-ok" : "notice-error"} role={state.status === "sent" ? "status" : "alert"}>{notice}</p> : null}</div>
      <input type="hidden" name="locale" value={locale} />
      {/* Honeypot: hidden from people and assistive technology, filled only by bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="report-website">{labels.honeypot}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="field">
        <label htmlFor="report-message">{labels.message}</label>
        <textarea id="report-message" name="message" rows={4} minLength={10} maxLength={2000} required defaultValue={state.message} aria-invalid={state.status === "invalid"} />
      </div>
      <button type="submit" className="button-secondary" disabled={pending}>{labels.submit}</button>
    </form>
  );
}
