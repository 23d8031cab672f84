// Reads a request body only up to a size, so a huge or endless upload costs
// at most `limit` bytes of memory. `request.formData()` would buffer whatever
// arrives, and a chunked body announces no length to refuse it by.

export type BoundedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "tooLarge" };

export async function readBoundedBody(request: Request, limit: number): Promise<BoundedBody> {
  // An announced length over the limit is refused before a byte is read.
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "tooLarge" };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop the upload here: what is still coming is never read.
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "tooLarge" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** The media type of a Content-Type header, without parameters ("text/html; charset=utf-8" → "text/html"). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}
