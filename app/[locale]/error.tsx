"use client";

import { useErrorText } from "@/components/layout/error-text";

// Shown when a page fails after the proxy found the database reachable (it
// went away mid-request). The proxy answers with a 503 page on the next visit.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const text = useErrorText();
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p>{text.body}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
        {text.retry}
      </button>
    </div>
  );
}
