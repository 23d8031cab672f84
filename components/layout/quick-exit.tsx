// For someone reading in a dangerous situation (decision 021). Without
// JavaScript it is an ordinary link to a neutral site; with it, the page
// script (components/layout/page-script.tsx) makes it leave without a trace
// in the history and adds Esc three times; the hint shows on the first page
// of a visit (app/globals.css).
/** Where quick exit goes: a neutral site that says nothing about the person. */
export const quickExitUrl = "https://www.wikipedia.org/";

export function QuickExit({ label, hint }: { label: string; hint: string }) {
  return (
    <span className="flex flex-col items-end">
      <a
        href={quickExitUrl}
        rel="noreferrer"
        data-quick-exit=""
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded bg-gray-900 px-4 text-base font-bold text-white no-underline hover:bg-black hover:text-white"
      >
        {label}
      </a>
      <span className="exit-hint text-xs text-gray-800">
        {hint}
      </span>
    </span>
  );
}
