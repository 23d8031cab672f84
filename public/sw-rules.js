// The decisions of the offline service worker (public/sw.js), kept apart as
// plain functions so that unit tests can run them (tests/unit/offline-rules.test.ts).
// A classic script, loaded with importScripts: it defines globalThis.AmparoOffline.
(function (scope) {
  "use strict";

  // Never answered from or written to the offline store: the admin area (any
  // language), the API, Next's RSC payloads and the worker's own files.
  const neverKept = /^\/(?:api(?:\/|$)|admin(?:\/|$)|[a-z]{2}\/admin(?:\/|$)|sw\.js$|sw-rules\.js$)/;
  // The admin area's own scripts, which the build names after its folder
  // ("/_next/static/chunks/app/%5Blocale%5D/admin/…"): a saved copy would show the area was used here.
  const adminBuildFile = /^\/_next\/static\/chunks\/app\/(?:[^/]+\/)*admin\//;

  // Pages whose address carries something of the person's own (the deadline
  // calculator's date of entry, lib/i18n/routing.ts "/deadline"): kept only bare.
  const personalPages = ["/es/calcular-plazo", "/en/deadline-calculator", "/fr/calculer-delai", "/ht/kalkile-dela", "/pt/calcular-prazo"];

  /** @param {URL} url */
  function isPersonal(url) {
    return url.search !== "" && personalPages.includes(url.pathname.replace(/\/$/, ""));
  }

  /** @param {URL} url */
  function isNeverKept(url) {
    return neverKept.test(url.pathname) || adminBuildFile.test(url.pathname) || url.searchParams.has("_rsc") || isPersonal(url);
  }

  /** Next's hashed build files and the site's own icons, which never change under one address. */
  function isStaticAsset(url) {
    return url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/") || url.pathname === "/favicon.svg";
  }

  /** The language of a page, from its address ("/es/…"), or undefined. */
  function localeOf(url) {
    const first = url.pathname.split("/")[1] ?? "";
    return /^[a-z]{2}$/.test(first) ? first : undefined;
  }

  // Public pages render this marker (components/offline/offline-copy-notice.tsx);
  // admin pages and error pages do not, so they are never saved.
  const marker = "data-offline-copy";

  function isKeepablePage(html) {
    return html.includes(`<p ${marker}=""`);
  }

  /** The site's static files a page loads (stylesheets, scripts, icons), as paths. */
  function assetPaths(html) {
    const found = new Set();
    for (const match of html.matchAll(/(?:src|href)="(\/[^"/][^"]*)"/g)) {
      const path = match[1].replace(/&amp;/g, "&");
      if (isStaticAsset(new URL(path, "http://x"))) found.add(path);
    }
    return [...found];
  }

  /** "22 de noviembre de 2026, 1:30 (hace 3 horas)": when, and how long ago. */
  function describeSavedAt(savedAt, locale, now) {
    const absolute = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(savedAt);
    const seconds = Math.round((savedAt.getTime() - now.getTime()) / 1000);
    const units = [
      ["day", 86400],
      ["hour", 3600],
      ["minute", 60],
    ];
    const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? ["minute", 60];
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(Math.round(seconds / size), unit);
    return `${absolute} (${relative})`;
  }

  const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]);

  /**
   * The saved HTML of a page, with its "offline copy" notice shown and dated in the page's own language.
   * Pure HTML: no script runs, so the page's old nonce does not matter here.
   */
  function markAsCopy(html, savedAt, now) {
    // The notice's words are in the page's language, so its date is too, whatever the address.
    const locale = /<html[^>]*\slang="([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]+)*)"/.exec(html)?.[1] ?? "es";
    const shown = html.replace(new RegExp(`<p ${marker}=""([^>]*?) hidden=""`), `<p ${marker}=""$1`);
    return shown.replace(
      /<time data-saved-at=""[^>]*>[^<]*<\/time>/,
      `<time data-saved-at="" datetime="${savedAt.toISOString()}">${escapeHtml(describeSavedAt(savedAt, locale, now))}</time>`,
    );
  }

  scope.AmparoOffline = { personalPages, isNeverKept, isStaticAsset, localeOf, isKeepablePage, assetPaths, describeSavedAt, markAsCopy };
})(globalThis);
