"use client";

// For someone reading in a dangerous situation: one tap, or Esc three times,
// leaves for a neutral site. With JavaScript, every page of the site takes the
// place of the one before it in the history (links and search forms replace
// the entry instead of adding one), so after the exit Back brings back no page
// of ours, nor the person's search; the offline worker is told to delete what
// it saved and to unregister, and is not registered again in this tab. Without
// JavaScript it is an ordinary link. docs/decisions/021-quick-exit.md
// Written small on purpose: it runs on every page (the directory's weight budget).
import { useEffect } from "react";
import { exitedKey, forgetOfflineCopies } from "@/components/offline/forget-offline-copies";

export const quickExitUrl = "https://www.wikipedia.org/";

function leave(event?: { preventDefault(): void }) {
  event?.preventDefault();
  // Leaving comes first: storage can throw (some private modes), and must not keep the person here.
  location.replace(quickExitUrl);
  forgetOfflineCopies();
  try {
    sessionStorage.setItem(exitedKey, "1");
  } catch {}
}

let escapes: number[] = [];

/** Esc three times in two seconds leaves; a same-site link or GET form opens in place of this page. */
function onEvent(event: Event) {
  if (event instanceof KeyboardEvent) {
    if (event.key == "Escape") escapes = [...escapes.filter((at) => event.timeStamp - at < 2e3), event.timeStamp];
    if (escapes.length > 2) leave();
    return;
  }
  const target = event.target as HTMLFormElement & HTMLAnchorElement;
  const link = event.type == "click" ? (target.closest?.("a[href]") as HTMLAnchorElement | null) : null;
  const click = event as MouseEvent;
  let url: URL;
  if (link) {
    if (click.button || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey || link.target || link.hasAttribute("download")) return;
    url = new URL(link.href);
    if (url.pathname + url.search == location.pathname + location.search) return; // a place on this page
  } else if (event.type == "submit" && target.method == "get") {
    url = new URL(target.action);
    url.search = new URLSearchParams(new FormData(target, (event as SubmitEvent).submitter) as never).toString();
  } else return;
  if (event.defaultPrevented || url.origin != location.origin || url.pathname.startsWith("/api/")) return;
  event.preventDefault();
  location.replace(url.href);
}

export function QuickExit({ label, hint }: { label: string; hint: string }) {
  useEffect(() => {
    // The first page of a visit (in this tab) shows the shortcut; sessionStorage says nothing about the person.
    try {
      if (!sessionStorage.getItem("amparo-exit-hint")) document.getElementById("exit-hint")!.hidden = false;
      sessionStorage.setItem("amparo-exit-hint", "1");
    } catch {}
    for (const type of ["keydown", "click", "submit"]) addEventListener(type, onEvent);
  }, []);
  return (
    <span className="flex flex-col items-end">
      <a
        href={quickExitUrl}
        rel="noreferrer"
        onClick={leave}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded bg-gray-900 px-4 text-base font-bold text-white no-underline hover:bg-black hover:text-white"
      >
        {label}
      </a>
      <span id="exit-hint" hidden className="text-xs text-gray-800">
        {hint}
      </span>
    </span>
  );
}
