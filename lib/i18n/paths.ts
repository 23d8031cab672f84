import type { Locale } from "./locales";
import { routing, type AppPathname } from "./routing";

// Localised addresses from routing.pathnames, without next-intl's navigation
// module: on the server it imports next-intl's client link, which then ships
// to the browser with every page (see docs/decisions/007-page-weight-and-near-me.md).

type DynamicPathname = { [P in AppPathname]: P extends `${string}[${string}]${string}` ? P : never }[AppPathname];
type StaticPathname = Exclude<AppPathname, DynamicPathname>;
type Query = Record<string, string | string[] | undefined>;

/** Where a link goes: a route of the site, with its parameters and query. */
export type Href =
  | StaticPathname
  | { pathname: StaticPathname; query?: Query; hash?: string }
  | { pathname: DynamicPathname; params: Record<string, string>; query?: Query; hash?: string };

export const segmentPattern = /\[([^\]]+)\]/g;

/** The path of a route in one language, with `[name]` segments still in it. */
export function localizedPattern(pathname: AppPathname, locale: Locale): string {
  const pattern: string | Record<Locale, string> = routing.pathnames[pathname];
  return typeof pattern === "string" ? pattern : pattern[locale];
}

function search(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The address of a route in a language, e.g. "/es/oficinas/x?page=2#servicios". */
export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  const target = typeof href === "string" ? { pathname: href } : href;
  const params: Record<string, string> = "params" in target ? target.params : {};
  const path = localizedPattern(target.pathname, locale).replace(segmentPattern, (_, name: string) =>
    encodeURIComponent(params[name] ?? ""),
  );
  const hash = "hash" in target && target.hash ? `#${encodeURIComponent(target.hash)}` : "";
  return `/${locale}${path === "/" ? "" : path}${search("query" in target ? target.query : undefined)}${hash}`;
}
