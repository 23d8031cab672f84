// A kept page, renewed for each view cheaply (decision 025). Compressing the
// whole page again for every view cost more than serving it: the page is
// compressed once, in pieces cut at each occurrence of the nonce, and a view
// joins the pieces around its own nonce, then writes the gzip checksum of the
// result. The first occurrence goes as a stored (uncompressed) block; each
// later one as a back-reference to the one before, made once per page.
//
// Each piece is compressed with the text before it as its dictionary (as one
// stream would), except that the nonce's bytes there are replaced by NUL,
// which HTML never contains: no back-reference can reach into a nonce, whose
// bytes differ from one view to the next. The pieces are compressed once per
// kept page, so at the highest level: their block boundaries cost about 4%
// against one stream; the highest level wins part of that back.
import { constants, crc32, deflateRawSync } from "node:zlib";

export type RenewablePage = {
  plain: Buffer;
  nonceLength: number;
  offsets: number[];
  pieces?: Buffer[];
  /** For each occurrence after the first: a block that copies the previous one, or undefined when it is too far. */
  copies?: (Buffer | undefined)[];
};

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
  const copies = offsets.map((at, index) => (index > 0 && at - offsets[index - 1]! <= window ? copyBlock(needle.length, at - offsets[index - 1]!) : undefined));
  return { plain, nonceLength: needle.length, offsets, pieces, copies };
}

// Deflate's fixed-code tables (RFC 1951, 3.2.5): base values and extra bits of the length and distance codes.
const lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const lastAtMost = (table: number[], value: number) => table.findLastIndex((base) => base <= value);

/**
 * One fixed-code block holding a single back-reference (`length` bytes from `distance` back: the previous
 * occurrence of the nonce, already in the visitor's window whatever nonce it is), then an empty stored block that
 * brings the stream back to a byte boundary for the next piece. About 9 bytes instead of the nonce's 24 + 5.
 */
function copyBlock(length: number, distance: number): Buffer {
  const bytes: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  const bits = (value: number, count: number) => {
    for (let index = 0; index < count; index += 1) {
      bitBuffer |= ((value >>> index) & 1) << bitCount;
      bitCount += 1;
      if (bitCount === 8) {
        bytes.push(bitBuffer);
        bitBuffer = 0;
        bitCount = 0;
      }
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let index = count - 1; index >= 0; index -= 1) bits((value >>> index) & 1, 1);
  };
  const lengthIndex = lastAtMost(lengthBase, length);
  const symbol = 257 + lengthIndex;
  const distanceIndex = lastAtMost(distanceBase, distance);
  bits(0, 1); // not the last block
  bits(1, 2); // fixed codes
  if (symbol <= 279) code(symbol - 256, 7);
  else code(0xc0 + symbol - 280, 8);
  bits(length - lengthBase[lengthIndex]!, lengthExtra[lengthIndex]!);
  code(distanceIndex, 5);
  bits(distance - distanceBase[distanceIndex]!, distanceExtra[distanceIndex]!);
  code(0, 7); // end of block
  bits(0, 3); // an empty stored block, not the last…
  if (bitCount > 0) bits(0, 8 - bitCount); // …padded to the byte
  bytes.push(0x00, 0x00, 0xff, 0xff);
  return Buffer.from(bytes);
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
    if (index < page.offsets.length) parts.push(page.copies?.[index] ?? stored);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(plain) >>> 0, 0);
  trailer.writeUInt32LE(plain.length % 2 ** 32, 4);
  parts.push(trailer);
  return { plain, gzip: Buffer.concat(parts) };
}
