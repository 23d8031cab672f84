/**
 * Set in sessionStorage by the quick exit (this tab only; it says nothing about
 * the person): the page script then does not register the offline worker again.
 */
export const exitedKey = "amparo-exited";

// Asks the offline service worker (public/sw.js) to delete everything the
// site saved on this device and to unregister. Posting is synchronous, so it
// is delivered even though the page is leaving at once.
export function forgetOfflineCopies(): void {
  const container = typeof navigator === "undefined" ? undefined : navigator.serviceWorker;
  if (!container) return;
  if (container.controller) container.controller.postMessage({ type: "forget" });
  // Not controlled (a hard reload bypasses the worker), but perhaps registered.
  else void container.getRegistration().then((registration) => registration?.active?.postMessage({ type: "forget" }));
}
