import { describe, expect, it } from "vitest";
import { cachedResponse, errorResponse, etagMatches, preflightResponse, strongEtag } from "@/lib/http/api-response";

const body = { body: '{"data":[]}', contentType: "application/json" };
const get = (headers: Record<string, string> = {}) => new Request("http://x/api/v1/offices", { headers });

describe("API responses", () => {
  it("tag the body strongly and answer 304 without a body when the client's copy is current", async () => {
    const first = cachedResponse(get(), body);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(etag).toBe(strongEtag(body.body));
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(await first.text()).toBe(body.body);

    const again = cachedResponse(get({ "if-none-match": `"other", ${etag}` }), body);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    const changed = cachedResponse(get({ "if-none-match": etag }), { ...body, body: '{"data":[1]}' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("compare If-None-Match weakly, as HTTP says", () => {
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });

  it("allow reading from any origin, and nothing else", () => {
    const preflight = preflightResponse();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(cachedResponse(get(), body).headers.get("access-control-expose-headers")).toContain("ETag");
  });

  it("name the parameter at fault in errors, which are never cached", async () => {
    const response = errorResponse(400, "Unknown parameter", { parameter: "citty" });
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { parameter: "citty", message: "Unknown parameter" } });
  });
});
