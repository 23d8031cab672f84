"use client";

import { useState } from "react";

// Only an addition: the text it copies is on the page in a plain text box,
// selectable without JavaScript.
export function CopyButton({ targetId, label, doneLabel }: { targetId: string; label: string; doneLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="no-print rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800"
      onClick={async () => {
        const text = (document.getElementById(targetId) as HTMLTextAreaElement | null)?.value ?? "";
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
    >
      <span aria-live="polite">{copied ? doneLabel : label}</span>
    </button>
  );
}
