// A kept page, renewed for each view cheaply (decision 025). Compressing the
// whole page again for every view cost more than serving it: the page is
// compressed once, in pieces cut at each occurrence of the nonce, and a view
// joins the pieces around its own nonce, sent as stored (uncompressed) deflate
// blocks, then writes the gzip checksum of the result.
//
// Each piece is compressed with the text before it as its dictionary (as one
// stream would), except that the nonce's bytes there are replaced by NUL,
// which HTML never contains: no back-reference can reach into a nonce, whose
// bytes differ from one view to the next. The pieces are compressed once per
// kept page, so at the highest level: their block boundaries cost about 4%
// against one stream; the highest level wins part of that back.
import { constants, crc32, deflateRawSync } from "node:zlib";

export type RenewablePage = { plain: Buffer; nonceLength: number; offsets: number[]; pieces?: Buffer[] };

const window = 32 * 1024;
const gzipHeader = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);

/** Where `nonce` stands in `plain`, and the compressed pieces between (when the page is sent compressed). */
export function prepareRenewablePage(plain: Buffer, nonce: string, { gzip }: { gzip: boolean }): RenewablePage {
  const needle = Buffer.from(nonce, "latin1");
  const offsets: number[] = [];
  for (let at = plain.indexOf(needle); at !== -1; at = plain.indexOf(needle, at + needle.length)) offsets.push(at);
  if (!gzip) return { plain, nonceLength: needle.length, offsets };
  const masked = Buffer.from(plain);
  for (const at of offsets) masked.fill(0, at, at + needle.length);
  const pieces: Buffer[] = [];
  const starts = [0, ...offsets.map((at) => at + needle.length)];
  const ends = [...offsets, plain.length];
  for (const [index, start] of starts.entries()) {
    const dictionary = masked.subarray(Math.max(0, start - window), start);
    pieces.push(
      deflateRawSync(plain.subarray(start, ends[index]), {
        level: 9,
        memLevel: 9,
        ...(dictionary.length > 0 ? { dictionary } : {}),
        // Every piece but the last ends on a byte boundary without closing the stream.
        finishFlush: index === starts.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    );
  }
  return { plain, nonceLength: needle.length, offsets, pieces };
}

function storedBlock(data: Buffer): Buffer {
  const block = Buffer.alloc(5 + data.length);
  block[0] = 0x00; // not the last block, stored
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The page with `nonce` where the rendered one stood: uncompressed, and gzipped when the page was prepared so. */
export function renewPage(page: RenewablePage, nonce: string): { plain: Buffer; gzip?: Buffer } {
  const fresh = Buffer.from(nonce, "latin1");
  if (fresh.length !== page.nonceLength) throw new Error("a nonce of another length cannot be renewed in place");
  const plain = Buffer.from(page.plain);
  for (const at of page.offsets) fresh.copy(plain, at);
  if (!page.pieces) return { plain };
  const parts: Buffer[] = [gzipHeader];
  const stored = storedBlock(fresh);
  for (const [index, piece] of page.pieces.entries()) {
    parts.push(piece);
    if (index < page.offsets.length) parts.push(stored);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(plain) >>> 0, 0);
  trailer.writeUInt32LE(plain.length % 2 ** 32, 4);
  parts.push(trailer);
  return { plain, gzip: Buffer.concat(parts) };
}
