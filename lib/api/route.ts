// What every public API route does around its own work: rate limiting, 400
// for bad parameters, 503 while the database is down, CORS, ETag and cache.
// The answer itself may come from the cache (lib/api/answer-cache.ts); all
// the rest is done for each request, a kept answer's too.
import type { z } from "zod";
import { ApiError } from "@/lib/api/query";
import { env } from "@/lib/env";
import { answerOnce } from "@/lib/api/answer-cache";
import { cachedResponse, errorResponse, preflightResponse, unavailableApiResponse, type ApiBody } from "@/lib/http/api-response";
import { unlessDatabaseDown } from "@/lib/http/database-outage";
import { addressFromHeaders } from "@/lib/http/client-address";
import { db } from "@/lib/db/client";
import { consumeRateLimit, createMemoryRateLimitStore, rateLimitStore } from "@/lib/http/rate-limit";
import { createDatabaseRateLimitStore, withFallback } from "@/lib/http/rate-limit-database";
import type { Locale } from "@/lib/i18n/locales";

export type { ApiBody };

type Handler<P> = (url: URL, params: P) => Promise<ApiBody>;

export function apiRoute<P = Record<string, never>>(handle: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const windowSeconds = env.API_RATE_LIMIT_WINDOW_SECONDS;
    const store = rateLimitStore(() => withFallback(createDatabaseRateLimitStore(db), createMemoryRateLimitStore()));
    const decision = await consumeRateLimit(store, addressFromHeaders(request.headers), {
      limit: env.API_RATE_LIMIT,
      windowMs: windowSeconds * 1000,
    });
    const rateHeaders = {
      "RateLimit-Limit": String(decision.limit),
      "RateLimit-Remaining": String(decision.remaining),
      "RateLimit-Reset": String(decision.resetSeconds),
    };
    if (!decision.allowed) {
      return errorResponse(
        429,
        `Too many requests: at most ${decision.limit} every ${windowSeconds} seconds from one address. Try again in ${decision.resetSeconds} seconds.`,
        { headers: { ...rateHeaders, "Retry-After": String(decision.resetSeconds) } },
      );
    }
    return unlessDatabaseDown(
      async () => {
        try {
          const { answer, headers } = await answerOnce(request, async () => handle(new URL(request.url), await context.params));
          return cachedResponse(request, answer, { ...rateHeaders, ...headers });
        } catch (error) {
          // The client's mistake is a 400 whatever the database's state.
          if (error instanceof ApiError) return errorResponse(error.status, error.message, { parameter: error.parameter, headers: rateHeaders });
          throw error;
        }
      },
      () => unavailableApiResponse(rateHeaders),
    );
  };
}

export const OPTIONS = async () => preflightResponse();

/** The body as JSON, through its schema: only documented fields leave the server. */
export function jsonBody(schema: z.ZodType, data: unknown): ApiBody {
  // Through JSON first so that dates become the strings the schema (and the client) expect.
  const parsed = schema.parse(JSON.parse(JSON.stringify(data)));
  return { body: JSON.stringify(parsed), contentType: "application/json; charset=utf-8" };
}

/** The envelope of a list: the items, where they sit in the whole, and links to the neighbouring pages. */
export function pageEnvelope<T>(
  url: URL,
  lang: Locale,
  result: { results: T[]; page: number; pageSize: number; total: number; pageCount: number; understood: unknown; answer?: unknown },
) {
  const link = (page: number) => {
    const target = new URL(url);
    target.searchParams.set("page", String(page));
    return target.pathname + target.search;
  };
  return {
    data: result.results,
    meta: {
      lang,
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      pageCount: result.pageCount,
      understood: result.understood,
      ...(result.answer === undefined ? {} : { answer: result.answer }),
    },
    links: {
      self: url.pathname + url.search,
      next: result.page < result.pageCount ? link(result.page + 1) : null,
      prev: result.page > 1 ? link(Math.min(result.page - 1, result.pageCount)) : null,
    },
  };
}

export function notFound(what: string): never {
  throw new ApiError(404, `No published ${what} has this slug.`);
}
