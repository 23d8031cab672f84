import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { changedFields } from "@/lib/audit";
import { formDataToObject } from "@/lib/validation/form-data";
import { officeFormErrors, officeFormSchema, officeLanguages } from "@/lib/validation/office-form";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return formDataToObject(data);
}

const validOffice: [string, string][] = [
  ["version", "3"],
  ["name.es", "Oficina centro"],
  ["name.en", "Downtown office"],
  ["timeZone", "America/Mexico_City"],
  ["postalCode", "06700"],
  ["languages", "es"],
  ["languages", "ht"],
  ["otherLanguages", "wo, ht  es-MX"],
  ["hoursNote.es", ""],
  ["hoursNote.en", ""],
];

describe("admin form parsing", () => {
  it("nests dotted field names into objects and arrays, and collects repeated names", () => {
    expect(form([["name.es", "Hola"], ["phones.1.raw", "b"], ["phones.0.raw", "a"], ["serviceIds", "x"], ["serviceIds", "y"], ["$ACTION_ID_1", ""]])).toEqual({
      name: { es: "Hola" },
      phones: [{ raw: "a" }, { raw: "b" }],
      serviceIds: ["x", "y"],
    });
  });

  it("accepts a complete office, drops empty rows and normalises lists", () => {
    const parsed = officeFormSchema.parse(form([...validOffice, ["phones.0.raw", ""], ["phones.1.raw", "55 1518 0730"], ["phones.1.type", "voice"], ["hours.0.weekday", "1"], ["hours.0.opens", ""], ["hours.0.closes", ""]]));
    expect(officeLanguages(parsed)).toEqual(["es", "ht", "wo", "es-MX"]);
    expect(parsed).toMatchObject({ version: 3, phones: [{ raw: "55 1518 0730", whatsapp: false }], hours: [], postalCode: "06700", confidentialAddress: false });
  });

  it("names each wrong field with a message key", () => {
    const result = officeFormSchema.safeParse(
      form([...validOffice.filter(([name]) => name !== "name.en" && name !== "postalCode"), ["phones.0.raw", "12345"], ["phones.0.type", "voice"], ["emails.0.address", "nope"], ["hours.0.weekday", "2"], ["hours.0.opens", "18:00"], ["hours.0.closes", "09:00"], ["postalCode", "123"]]),
    );
    expect(result.success).toBe(false);
    expect(officeFormErrors(result.error!)).toMatchObject({
      "name.en": "required",
      "phones.0.raw": "phone",
      "emails.0.address": "email",
      "hours.0.closes": "hoursOrder",
      postalCode: "postalCode",
    });
  });

  it("refuses short and guessable passwords and accepts a passphrase", () => {
    expect(passwordProblem("short")).toBe("tooShort");
    expect(passwordProblem("password1234")).toBe("tooGuessable");
    expect(passwordProblem("ana.garcia@example.org", ["ana.garcia@example.org", "ana", "garcia"])).toBe("tooGuessable");
    expect(passwordProblem("tapir lantern orbit mesa")).toBeNull();
  });

  it("lists the top-level fields two snapshots disagree on", () => {
    expect(changedFields({ a: 1, b: [1], c: "x" }, { a: 1, b: [2], d: true })).toEqual(["b", "c", "d"]);
  });
});
