// Route handlers' answer to a database outage: the response the route gives
// while the server cannot be reached (a JSON or HTML 503), from the first
// failed query on. Pages get theirs from proxy.ts; this is for everything the
// proxy does not see (the APIs, the sitemap, the report form's POST).
import { isDatabaseAvailable } from "@/lib/db/availability";
import { isDatabaseUnavailableError } from "@/lib/db/connection-errors";

/** How long clients are asked to wait before trying again, in seconds. */
export const outageRetryAfter = "5";

/** Runs `work`; if it fails because the database cannot be reached, answers `unavailable()` instead. */
export async function unlessDatabaseDown<T>(work: () => Promise<T>, unavailable: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // An error we do not recognise still gets the 503 when the server does not answer a probe.
    if (isDatabaseUnavailableError(error) || !(await isDatabaseAvailable())) return unavailable();
    throw error;
  }
}

/** A route handler that answers `unavailable()` during an outage instead of a 500. */
export function databaseRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>, unavailable: () => Response) {
  return (...args: A): Promise<Response> => unlessDatabaseDown(() => handler(...args), unavailable);
}

/** For what is neither a page nor an API (the sitemap): a plain 503 that says when to come back. */
export function unavailableTextResponse(): Response {
  return new Response("Temporarily unavailable: the database cannot be reached. Try again shortly.\n", {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": outageRetryAfter },
  });
}
