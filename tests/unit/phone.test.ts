import { describe, expect, it } from "vitest";
import { formatPhone, normalisePhone, whatsappDigits } from "@/lib/phone";

describe("normalisePhone", () => {
  it.each([
    ["+52.55.1518.0730", "MX", "+525515180730"],
    ["(55) 7583 9623", "MX", "+525575839623"],
    ["+52 ( 962) 62 54 812", "MX", "+529626254812"],
    ["(415) 581-8836", "US", "+14155818836"],
    // Prefixes Mexico dropped in 2019 still appear in the sources.
    ["044 (951) 310 0375", "MX", "+529513100375"],
    ["+52 1 967 185 5888", "MX", "+529671855888"],
    ["01 800 837 86 89", "MX", "+528008378689"],
  ])("reads %s (%s) as %s", (raw, country, e164) => {
    expect(normalisePhone(raw, country).e164).toBe(e164);
  });

  it("keeps no number when the text is not a phone number", () => {
    expect(normalisePhone("5658.7384", "MX")).toEqual({ e164: null, extension: null });
    expect(normalisePhone("call us", "MX").e164).toBeNull();
  });

  it("reads an extension", () => {
    expect(normalisePhone("+52 55 5514 1519 ext. 118", "MX")).toEqual({ e164: "+525555141519", extension: "118" });
  });
});

describe("formatPhone", () => {
  it("formats valid numbers internationally and leaves unreadable ones as written", () => {
    expect(formatPhone("+525515180730", "+52.55.1518.0730")).toBe("+52 55 1518 0730");
    expect(formatPhone(null, "5658.7384")).toBe("5658.7384");
  });

  it("gives wa.me the digits only", () => {
    expect(whatsappDigits("+526183644213")).toBe("526183644213");
  });
});
