"use client";

// For someone reading in a dangerous situation: one tap leaves for a neutral
// site. With JavaScript the page is replaced in the history, so Back does not
// return here; without it, it is still an ordinary link. It also tells the
// offline service worker to delete every page saved on the device and remove
// itself (public/sw.js), so the device keeps no copy of what was read here.
import { forgetOfflineCopies } from "@/components/offline/forget-offline-copies";

export const quickExitUrl = "https://www.wikipedia.org/";

export function QuickExit({ label, description }: { label: string; description: string }) {
  return (
    <a
      href={quickExitUrl}
      rel="noreferrer"
      title={description}
      onClick={(event) => {
        event.preventDefault();
        forgetOfflineCopies();
        window.location.replace(quickExitUrl);
      }}
      className="rounded bg-gray-800 px-2 py-1 text-sm font-medium text-white no-underline hover:bg-gray-900 hover:text-white"
    >
      {label}
    </a>
  );
}
