import { describe, expect, it } from "vitest";
import { mediaType, readBoundedBody } from "@/lib/http/bounded-body";

/** A chunked upload of `chunks` × 1 KB that counts how much of it was pulled, and whether it was cancelled. */
function upload(chunks: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled += 1;
      controller.enqueue(new Uint8Array(1024).fill(97));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const request = new Request("http://x/api/reports", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, seen };
}

describe("reading a request body up to a size", () => {
  it("refuses an announced length over the limit without reading anything", async () => {
    const request = new Request("http://x/", { method: "POST", body: "a".repeat(10), headers: { "content-length": "1048576" } });
    expect(await readBoundedBody(request, 1024)).toEqual({ ok: false, reason: "tooLarge" });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops a chunked upload just past the limit and cancels the rest", async () => {
    const { request, seen } = upload(100_000);
    expect(await readBoundedBody(request, 8 * 1024)).toEqual({ ok: false, reason: "tooLarge" });
    expect(seen.pulled).toBeLessThanOrEqual(10);
    expect(seen.cancelled).toBe(true);
  });

  it("gives back a body within the limit whole", async () => {
    const { request } = upload(8);
    const body = await readBoundedBody(request, 8 * 1024);
    expect(body.ok && body.bytes.byteLength).toBe(8 * 1024);
  });

  it("reads the media type without its parameters", () => {
    const request = new Request("http://x/", { method: "POST", headers: { "content-type": "Application/X-WWW-Form-URLEncoded; charset=UTF-8" } });
    expect(mediaType(request)).toBe("application/x-www-form-urlencoded");
  });
});
