import { InlineScript } from "@/components/layout/inline-script";
import { quickExitUrl } from "@/components/layout/quick-exit";
import { distanceKm, type Coordinates } from "@/lib/geo/distance";

/**
 * Set in sessionStorage by quick exit (this tab only; it says nothing about
 * the person): the offline worker is then not registered again in this tab.
 */
export const exitedKey = "amparo-exited";

type Settings = { exitUrl: string; exitedKey: string; hintKey: string };

/**
 * What scripts add to a page, in the browser. Public pages carry no React
 * (lib/http/plain-pages.ts, decision 029): this is all the script they run,
 * and everything it adds is an addition to a page that works without it.
 *
 * Its source text is what the page carries, so it uses nothing from outside
 * its own body but its two arguments.
 *
 * - Quick exit (decision 021): one tap, or Esc three times, leaves for a
 *   neutral site; the offline worker is told to delete what it saved and to
 *   unregister. Every same-site link and GET form opens in place of the page
 *   before it in the history, so after the exit Back brings back no page of
 *   ours, nor the person's search.
 * - "Use my location" (decision 007): the position stays in this script and is
 *   compared with each result's coordinates here, never put in a URL, form or
 *   request.
 * - Copy and print buttons; the copy button shows only where there is a
 *   clipboard to write to.
 */
function enhancePage(settings: Settings, distance: (from: Coordinates, to: Coordinates) => number) {
  const leave = (event?: Event) => {
    event?.preventDefault();
    // Leaving comes first: storage can throw (some private modes), and must not keep the person here.
    location.replace(settings.exitUrl);
    const worker = navigator.serviceWorker;
    // Posting is synchronous, so it is delivered even though the page is leaving.
    if (worker?.controller) worker.controller.postMessage({ type: "forget" });
    // Not controlled (a hard reload bypasses the worker), but perhaps registered.
    else if (worker) void worker.getRegistration().then((registration) => registration?.active?.postMessage({ type: "forget" }));
    try {
      sessionStorage.setItem(settings.exitedKey, "1");
    } catch {}
  };
  const openInPlace = (event: Event, url: URL) => {
    if (event.defaultPrevented || url.origin != location.origin || url.pathname.startsWith("/api/")) return;
    event.preventDefault();
    location.replace(url.href);
  };

  let escapes: number[] = [];
  addEventListener("keydown", (event) => {
    if (event.key == "Escape") escapes = [...escapes.filter((at) => event.timeStamp - at < 2e3), event.timeStamp];
    if (escapes.length > 2) leave();
  });
  addEventListener("click", (event) => {
    const target = event.target as Element;
    if (target.closest?.("[data-quick-exit]")) return leave(event);
    const link = target.closest?.("a[href]") as HTMLAnchorElement | null;
    if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    if (url.pathname + url.search != location.pathname + location.search) openInPlace(event, url); // else a place on this page
  });
  addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (form.method != "get") return;
    const url = new URL(form.action);
    url.search = new URLSearchParams(new FormData(form, event.submitter) as never).toString();
    openInPlace(event, url);
  });
  try {
    // Later pages of this visit (in this tab) no longer show the shortcut (markPage, below).
    sessionStorage.setItem(settings.hintKey, "1");
  } catch {}

  const nearMe = document.querySelector<HTMLElement>("[data-near-me]");
  if (nearMe) {
    const texts = nearMe.dataset;
    const button = nearMe.querySelector("button")!;
    const status = nearMe.querySelector("[aria-live]")!;
    button.addEventListener("click", () => {
      button.disabled = true;
      status.textContent = texts.locating!;
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          button.disabled = false;
          status.textContent = texts.shown!;
          for (const place of document.querySelectorAll<HTMLElement>("[data-distance-to]")) {
            const [latitude = 0, longitude = 0] = place.dataset.distanceTo!.split(",").map(Number);
            const km = distance(coords, { latitude, longitude });
            const shown = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
            place.textContent = ("cityCentre" in place.dataset ? texts.toCityCentre! : texts.toOffice!).replace("{distance}", shown);
            place.hidden = false;
          }
        },
        (error) => {
          button.disabled = false;
          status.textContent = error.code == error.PERMISSION_DENIED ? texts.denied! : texts.failed!;
        },
        // A coarse, recent fix is enough for "≈ N km" and is quicker and kinder to the battery.
        { enableHighAccuracy: false, maximumAge: 600_000, timeout: 20_000 },
      );
    });
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = (document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null)?.value ?? "";
      await navigator.clipboard.writeText(text);
      button.querySelector("[aria-live]")!.textContent = button.dataset.done!;
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-print]")) button.addEventListener("click", () => print());
}

/**
 * Runs first, before anything visible is drawn: marks <html> so that CSS shows
 * what only scripts make work (`.js-only`) and, on the first page of a visit,
 * the quick-exit hint (`.exit-hint`), where the page script would have made
 * the page below them move (app/globals.css).
 */
function markPage(hintKey: string) {
  const root = document.documentElement;
  root.dataset.js = "";
  try {
    if (!sessionStorage.getItem(hintKey)) root.dataset.firstPage = "";
  } catch {}
}

const settings: Settings = { exitUrl: quickExitUrl, exitedKey, hintKey: "amparo-exit-hint" };

/** The page's scripts as they are sent: each function's own source, called with its settings. */
export function pageScriptSource(part: "first" | "last"): string {
  if (part === "first") return `(${markPage.toString()})(${JSON.stringify(settings.hintKey)})`;
  return `(${enhancePage.toString()})(${JSON.stringify(settings)},${distanceKm.toString()})`;
}

/** `first` as the first thing in <body>; `last` at its end, so that what it enhances is already there. */
export function PageScript({ part }: { part: "first" | "last" }) {
  return <InlineScript source={pageScriptSource(part)} />;
}
