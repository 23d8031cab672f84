"use client";

// For someone reading in a dangerous situation: one tap leaves for a neutral
// site. With JavaScript the page is replaced in the history, so Back does not
// return here; without it, it is still an ordinary link.
export const quickExitUrl = "https://www.wikipedia.org/";

export function QuickExit({ label, description }: { label: string; description: string }) {
  return (
    <a
      href={quickExitUrl}
      rel="noreferrer"
      title={description}
      onClick={(event) => {
        event.preventDefault();
        window.location.replace(quickExitUrl);
      }}
      className="rounded bg-gray-800 px-2 py-1 text-sm font-medium text-white no-underline hover:bg-gray-900 hover:text-white"
    >
      {label}
    </a>
  );
}
