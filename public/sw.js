// Amparo's offline service worker (docs/decisions/008-offline-service-worker.md).
// Pages: network first; when the network fails or is too slow, the saved copy,
// marked as a copy with its date; a page never saved gets the offline page.
// Static files: saved once, served from the device. Nothing from the admin
// area or the API is ever answered or stored here.
importScripts("/sw-rules.js");

const rules = self.AmparoOffline;
// Bump when what is stored changes shape: activate deletes every other version.
const version = "v1";
const stores = { core: `amparo-${version}-core`, visited: `amparo-${version}-visited`, assets: `amparo-${version}-assets`, meta: `amparo-${version}-meta` };
// Past this, a page that has a saved copy shows the copy (a 15 KB page on 2G takes about 3 s).
const networkTimeoutMs = 5000;
// Pages a person opened, beyond the core pages; the oldest go first.
const visitedLimit = 60;
// The core pages are fetched again in the background at most this often (they also refresh when opened).
const coreRefreshMs = 7 * 24 * 3600 * 1000;
const savedAtHeader = "x-amparo-saved-at";
const precaching = new Set();
// Set by quick exit: from then on this worker writes nothing, even from a download already under way.
let forgotten = false;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const current = Object.values(stores);
      for (const name of await caches.keys()) if (name.startsWith("amparo-") && !current.includes(name)) await caches.delete(name);
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || rules.isNeverKept(url)) return;
  if (request.mode === "navigate") event.respondWith(navigate(event, url));
  else if (rules.isStaticAsset(url)) event.respondWith(staticAsset(request));
});

self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  if (data.type === "precache" && /^[a-z]{2}$/.test(data.locale ?? "")) event.waitUntil(precache(data.locale));
  else if (data.type === "visited" && typeof data.url === "string") event.waitUntil(keepVisited(data.url));
  else if (data.type === "forget") event.waitUntil(forgetEverything());
});

function navigate(event, url) {
  const network = Promise.resolve(event.preloadResponse).then((preloaded) => preloaded ?? fetch(event.request));
  event.waitUntil(network.then((response) => keepPage(url, response.clone()), () => undefined));
  return answerNavigation(url, network);
}

async function answerNavigation(url, network) {
  const copy = await savedCopy(url);
  if (!copy) return network.catch(() => offlinePage(url));
  const timeout = new Promise((resolve) => setTimeout(resolve, networkTimeoutMs, "timeout"));
  const winner = await Promise.race([network.catch(() => "failed"), timeout]);
  return winner instanceof Response ? winner : showCopy(copy);
}

async function savedCopy(url) {
  for (const name of [stores.visited, stores.core]) {
    const found = await caches.match(url.href, { cacheName: name, ignoreVary: true });
    if (found) return found;
  }
  return undefined;
}

async function showCopy(copy) {
  const savedAt = new Date(copy.headers.get(savedAtHeader) ?? Date.now());
  const html = rules.markAsCopy(await copy.text(), savedAt, new Date());
  return new Response(html, { status: 200, headers: copy.headers });
}

async function offlinePage(url) {
  const wanted = rules.localeOf(url);
  const metas = await allMeta();
  const ordered = [...metas.filter((meta) => meta.locale === wanted), ...metas];
  for (const meta of ordered) {
    const page = await caches.match(meta.fallbacks[wanted] ?? meta.fallbacks[meta.locale], { cacheName: stores.core, ignoreVary: true });
    if (page) return page;
  }
  return Response.error();
}

/** Saves a page if it is a public page (it carries the notice marker) that loaded fully. */
async function keepPage(url, response, store) {
  if (response.status !== 200 || response.type !== "basic" || !(response.headers.get("content-type") ?? "").startsWith("text/html")) return;
  const html = await response.text();
  if (!rules.isKeepablePage(html)) return;
  const headers = new Headers(response.headers);
  // The stored body is already decoded text.
  headers.delete("content-encoding");
  headers.delete("content-length");
  headers.set(savedAtHeader, new Date().toISOString());
  const target = store ?? ((await corePaths()).has(url.pathname + url.search) ? stores.core : stores.visited);
  const cache = await openStore(target);
  await cache.put(url.href, new Response(html, { status: 200, headers }));
  if (target === stores.visited) {
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - visitedLimit))) await cache.delete(old);
  }
  await keepAssets(rules.assetPaths(html));
}

/** A cache to write to; refuses once the site has been forgotten on this device. */
async function openStore(name) {
  if (forgotten) throw new Error("forgotten");
  return caches.open(name);
}

async function keepAssets(paths) {
  const cache = await openStore(stores.assets);
  for (const path of paths) {
    if (await cache.match(path)) continue;
    const response = await fetch(path, { credentials: "omit" }).catch(() => undefined);
    if (response?.ok) await cache.put(path, response);
  }
}

async function staticAsset(request) {
  const saved = await caches.match(request, { cacheName: stores.assets, ignoreVary: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === "basic" && !forgotten) await (await openStore(stores.assets)).put(request, response.clone());
  return response;
}

// A page reached by a client-side navigation (the page script reports it) is
// fetched once as HTML, without cookies, so that it can be read offline too.
async function keepVisited(href) {
  const url = new URL(href);
  if (url.origin !== self.location.origin || rules.isNeverKept(url)) return;
  url.hash = "";
  const copy = await savedCopy(url);
  if (copy && Date.now() - Date.parse(copy.headers.get(savedAtHeader) ?? "0") < 60_000) return;
  const response = await fetch(url.href, { credentials: "omit" }).catch(() => undefined);
  if (response) await keepPage(url, response);
}

async function readMeta(locale) {
  const saved = await caches.match(`/__offline/${locale}`, { cacheName: stores.meta });
  return saved ? saved.json() : undefined;
}

async function allMeta() {
  // Reads never use caches.open, which would create an empty cache (and a trace after quick exit).
  if (!(await caches.has(stores.meta))) return [];
  const cache = await caches.open(stores.meta);
  return Promise.all((await cache.keys()).map(async (key) => (await cache.match(key)).json()));
}

async function corePaths() {
  return new Set((await allMeta()).flatMap((meta) => meta.pages));
}

/** Saves the language's core pages (list from /{locale}/offline.json) once, then again when old. */
async function precache(locale) {
  const meta = await readMeta(locale);
  if ((meta && Date.now() - meta.savedAt < coreRefreshMs) || precaching.has(locale)) return;
  precaching.add(locale);
  try {
    const list = await fetch(`/${locale}/offline.json`, { credentials: "omit", cache: "no-cache" }).then((response) => (response.ok ? response.json() : undefined));
    if (!list || !Array.isArray(list.pages)) return;
    const pages = [...new Set([...Object.values(list.fallbacks), ...list.pages])].filter((path) => typeof path === "string" && path.startsWith("/"));
    // One at a time: on a slow connection this must not crowd out what the person is reading.
    for (const path of pages) {
      const response = await fetch(path, { credentials: "omit" });
      await keepPage(new URL(path, self.location.origin), response, stores.core);
    }
    await (await openStore(stores.meta)).put(`/__offline/${locale}`, Response.json({ locale, savedAt: Date.now(), pages, fallbacks: list.fallbacks }));
    await dropUnlisted();
  } catch {
    // Offline or interrupted: the next page load tries again.
  } finally {
    precaching.delete(locale);
  }
}

/** Removes core pages no longer listed (a deleted legal note) and static files no saved page uses. */
async function dropUnlisted() {
  const listed = await corePaths();
  const core = await openStore(stores.core);
  for (const key of await core.keys()) {
    const url = new URL(key.url);
    if (!listed.has(url.pathname + url.search)) await core.delete(key);
  }
  const used = new Set();
  for (const name of [stores.core, stores.visited]) {
    const cache = await openStore(name);
    for (const key of await cache.keys()) for (const path of rules.assetPaths(await (await cache.match(key)).text())) used.add(path);
  }
  const assets = await openStore(stores.assets);
  for (const key of await assets.keys()) {
    const url = new URL(key.url);
    if (!used.has(url.pathname + url.search)) await assets.delete(key);
  }
}

// Quick exit: the site forgets itself on this device (docs/decisions/008-offline-service-worker.md).
async function forgetEverything() {
  forgotten = true;
  for (const name of await caches.keys()) if (name.startsWith("amparo-")) await caches.delete(name);
  await self.registration.unregister();
}
