// Decision 025: a kept page is compressed once and renewed per view; what a visitor unzips must be exactly the page
// with its own nonce.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { prepareRenewablePage, renewPage } from "@/lib/http/nonce-gzip";

const oldNonce = "QUJDREVGR0hJSktMTU5PUA==";
const newNonce = "WllYV1ZVVFNSUVBPTk1MSw==";

function page(cards: number) {
  let html = `<!DOCTYPE html><html lang="es"><head><link rel="stylesheet" nonce="${oldNonce}"></head><body>`;
  for (let index = 0; index < cards; index += 1) {
    html += `<article><h2>Oficina de asesoría jurídica ${index}</h2><p>Atención gratuita · Tapachula, Chiapas</p></article>`;
    if (index % 40 === 0) html += `<script nonce="${oldNonce}">self.__next_f.push([1,"nonce:${oldNonce}"])</script>`;
  }
  return `${html}<script nonce="${oldNonce}"></script></body></html>`;
}

describe("renewing a kept page's nonce", () => {
  for (const cards of [0, 3, 400, 2_000]) {
    it(`gives the same page with the new nonce, compressed or not (${cards} cards)`, () => {
      const html = page(cards);
      const expected = html.replaceAll(oldNonce, newNonce);
      const prepared = prepareRenewablePage(Buffer.from(html), oldNonce, { gzip: true });
      const view = renewPage(prepared, newNonce);
      expect(view.plain.toString()).toBe(expected);
      expect(gunzipSync(view.gzip!).toString()).toBe(expected);
      // The kept copy itself is untouched, for the next view.
      expect(prepared.plain.toString()).toBe(html);
      expect(renewPage(prepareRenewablePage(Buffer.from(html), oldNonce, { gzip: false }), newNonce).gzip).toBeUndefined();
    });
  }

  it("sends the nonce again whole where its previous occurrence is beyond deflate's 32 KB window", () => {
    const filler = "<p>Atención gratuita · Tapachula, Chiapas · ".repeat(1_200);
    const html = `<script nonce="${oldNonce}"></script>${filler}<script nonce="${oldNonce}"></script>${filler.slice(0, 500)}<b nonce="${oldNonce}"></b>`;
    const prepared = prepareRenewablePage(Buffer.from(html), oldNonce, { gzip: true });
    expect(prepared.copies?.map((copy) => copy !== undefined)).toEqual([false, false, true]);
    expect(gunzipSync(renewPage(prepared, newNonce).gzip!).toString()).toBe(html.replaceAll(oldNonce, newNonce));
  });

  it("handles a page that starts with the nonce and one where two nonces touch", () => {
    const html = `${oldNonce}${oldNonce}<p>x</p>${oldNonce}`;
    const view = renewPage(prepareRenewablePage(Buffer.from(html), oldNonce, { gzip: true }), newNonce);
    expect(gunzipSync(view.gzip!).toString()).toBe(`${newNonce}${newNonce}<p>x</p>${newNonce}`);
  });
});
