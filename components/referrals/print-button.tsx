"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// Only an addition: without JavaScript the page says to use the browser's own
// "Print" (Office.print), and this button is not rendered at all.
export function PrintButton({ label }: { label: string }) {
  // False in the server's HTML, true once React runs in the browser.
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!scripted) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
