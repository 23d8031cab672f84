import { InlineScript } from "@/components/layout/inline-script";
import { exitedKey } from "@/components/layout/page-script";

// Registers the offline service worker (public/sw.js) after the page has
// loaded, unless the quick exit was used in this tab (it unregistered the
// worker; a page reached by Back must not bring it back), asks it to save this
// language's core pages, and the page itself when the worker did not see it
// arrive. Every page is a whole page load (public pages carry no client
// router, decision 029), so the worker sees every later one. Plain inline
// script: the page works without it.
// Every line ends a statement or a block, so the page gets it on one line.
const script = `(function () {
  var sw = navigator.serviceWorker;
  if (!sw) return;
  try { if (sessionStorage.getItem("${exitedKey}")) return; } catch (e) {}
  var controlled = Boolean(sw.controller);
  addEventListener("load", function () {
    sw.register("/sw.js").then(function () { return sw.ready; }).then(function (registration) {
      registration.active.postMessage({ type: "precache", locale: document.documentElement.lang });
      if (!controlled) registration.active.postMessage({ type: "visited", url: location.href });
    }).catch(function () {});
  });
})();`.replace(/\n\s*/g, "");

export function ServiceWorkerScript() {
  // A worker caching the development server's pages would only confuse.
  if (process.env.NODE_ENV !== "production") return null;
  return <InlineScript source={script} />;
}
