import zlib from "node:zlib";

type Flush = (kind?: number | (() => void), callback?: () => void) => void;
const patched = Symbol.for("amparo.syncFlush");

/**
 * `next start` compresses pages with gzip and calls `flush()` after each chunk it streams. Node's default
 * flush for gzip and deflate is a *full* flush, which also empties the compressor's memory, so whatever
 * follows (React's payload after the HTML) cannot point back at the markup already sent and repeats it in
 * full: about 0.8 KB more on the directory page. A *sync* flush sends every pending byte just the same,
 * which is all streaming needs, and keeps that memory. Only calls that name no flush kind change.
 */
export function keepCompressionMemoryAcrossFlushes() {
  for (const stream of [zlib.createGzip(), zlib.createDeflate()]) {
    const prototype = Object.getPrototypeOf(stream) as { flush: Flush; [patched]?: true };
    stream.close();
    if (prototype[patched]) continue;
    const flush = prototype.flush;
    prototype.flush = function (this: unknown, kind, callback) {
      if (typeof kind === "number") return flush.call(this, kind, callback);
      return flush.call(this, zlib.constants.Z_SYNC_FLUSH, kind ?? callback);
    };
    prototype[patched] = true;
  }
}
