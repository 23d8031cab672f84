import { describe, expect, it } from "vitest";
import { deviceNonce, issueDeviceCookie } from "@/lib/auth/device-cookie";

const secret = "a test secret that is long enough to sign with";

describe("device cookies", () => {
  it("are accepted for the account they were issued for, each with its own nonce", () => {
    const first = issueDeviceCookie(secret, "ana@example.org");
    const second = issueDeviceCookie(secret, "ana@example.org");
    expect(deviceNonce(secret, "ana@example.org", first)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(deviceNonce(secret, "ana@example.org", second)).not.toBe(deviceNonce(secret, "ana@example.org", first));
    // The e-mail is signed, not carried: the cookie does not reveal it.
    expect(first).not.toContain("ana");
  });

  it("refuse another account's cookie, another site's secret, and any altered or made-up value", () => {
    const cookie = issueDeviceCookie(secret, "ana@example.org");
    const [version, nonce, mac] = cookie.split(".") as [string, string, string];
    const flip = (text: string, at: number) => `${text.slice(0, at)}${text[at] === "A" ? "B" : "A"}${text.slice(at + 1)}`;
    expect(deviceNonce(secret, "eva@example.org", cookie)).toBeNull();
    expect(deviceNonce(`${secret}!`, "ana@example.org", cookie)).toBeNull();
    for (const forged of [
      `${version}.${flip(nonce, 0)}.${mac}`,
      `${version}.${nonce}.${flip(mac, 0)}`,
      // base64url's last character carries bits a decoder drops: it must still count.
      `${version}.${nonce}.${flip(mac, mac.length - 1)}`,
      `v2.${nonce}.${mac}`,
      `${cookie}x`,
      "",
      undefined,
    ]) {
      expect(deviceNonce(secret, "ana@example.org", forged), String(forged)).toBeNull();
    }
  });
});
