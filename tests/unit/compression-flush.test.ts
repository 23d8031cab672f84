import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { keepCompressionMemoryAcrossFlushes } from "@/lib/http/compression-flush";

// Text that compresses a little, the way a page's markup does, so a second copy
// costs almost nothing only when the compressor still remembers the first.
const markup = Array.from({ length: 400 }, (_, i) => `<li class="card" id="office-${(i * 7919) % 1000}">Oficina ${i}</li>`).join("");

/** Writes the parts as a streamed response does: each one followed by `flush()` with no kind. */
function streamed(stream: zlib.Gzip, parts: string[], flushKind?: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
    for (const part of parts) {
      stream.write(part);
      if (flushKind === undefined) stream.flush();
      else stream.flush(flushKind);
    }
    stream.end();
  });
}

describe("compressed streams flushed between chunks", () => {
  keepCompressionMemoryAcrossFlushes();
  keepCompressionMemoryAcrossFlushes(); // a second call changes nothing

  it("still deliver every byte, and a repeated chunk costs little", async () => {
    const once = zlib.gzipSync(markup).length;
    const body = await streamed(zlib.createGzip(), [markup, markup]);
    expect(zlib.gunzipSync(body).toString()).toBe(markup + markup);
    expect(body.length).toBeLessThan(once * 1.25);
  });

  it("send what was written at each flush, before the stream ends", async () => {
    const stream = zlib.createGzip();
    const decoder = zlib.createGunzip();
    stream.on("data", (chunk: Buffer) => decoder.write(chunk));
    const received = new Promise<string>((resolve) => decoder.once("data", (chunk: Buffer) => resolve(chunk.toString())));
    stream.write("<html><body>first part");
    stream.flush();
    expect(await received).toBe("<html><body>first part");
    stream.end();
  });

  it("keep a flush kind that a caller names", async () => {
    const body = await streamed(zlib.createGzip(), [markup, markup], zlib.constants.Z_FULL_FLUSH);
    expect(zlib.gunzipSync(body).toString()).toBe(markup + markup);
    expect(body.length).toBeGreaterThan(zlib.gzipSync(markup).length * 1.8);
  });

  it("apply to deflate streams too", async () => {
    const body = await streamed(zlib.createDeflate() as unknown as zlib.Gzip, [markup, markup]);
    expect(zlib.inflateSync(body).toString()).toBe(markup + markup);
    expect(body.length).toBeLessThan(zlib.deflateSync(markup).length * 1.25);
  });
});
