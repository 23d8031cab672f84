// Listing text is typed by people (and one day imported): a downloaded CSV must
// not carry a cell that a spreadsheet would run as a formula.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { officesCsv, spreadsheetSafe, type CsvOffice } from "@/lib/referrals/offices-csv";
import type { PublicPhone } from "@/lib/data/shape";
import { hsdsCsvPackage } from "@/lib/hsds/csv-package";
import { hsdsTableNames, tablePaths } from "@/lib/hsds/table-fields";
import type { HsdsTables } from "@/lib/hsds/types";

// Every character OWASP names as the start of a formula, each with a payload.
const hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"];

function phone(fields: Partial<PublicPhone>): PublicPhone {
  return { id: "p", e164: null, display: "", extension: null, type: "voice", whatsapp: false, callable: true, label: null, ...fields } as PublicPhone;
}

function office(payload: string): CsvOffice {
  return {
    organization: { slug: "org", name: { text: payload } },
    office: {
      slug: "office",
      name: { text: payload },
      address: { confidential: false, street: payload, streetDetail: null, colonia: null, municipality: null, postalCode: null, country: "MX", coordinates: null },
      city: { slug: "city", name: payload, state: { slug: "state", name: payload, country: "MX" } },
    },
    // A number that is not valid is shown as it was typed.
    phones: [phone({ display: payload, e164: null })],
    emails: [{ id: "e", address: payload, label: null }],
    serviceTypes: ["legal_representation"],
  };
}

const rows = (csv: string) => parse(csv, { bom: true, relax_column_count: false }) as string[][];

describe("offices.csv and referrals.csv in a spreadsheet", () => {
  it.each(hostile)("starts no cell with a formula sign: %j", (payload) => {
    const [header, row] = rows(officesCsv([office(payload)], "en"));
    expect(header).toHaveLength(9);
    expect(row).toHaveLength(9);
    for (const [index, column] of ["organization", "office", "address", "city", "state", "phones", "emails"].entries()) {
      // The text is kept, behind the quote that makes it text.
      expect(row![index], column).toBe(`'${payload}`);
    }
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("writes Mexican numbers as dialled in Mexico, so phone cells need no quote", () => {
    const [, row] = rows(
      officesCsv([{ ...office("x"), phones: [phone({ e164: "+529626425098", display: "+52 962 642 5098", extension: "12", whatsapp: true }), phone({ e164: "+12025550123", display: "+1 202-555-0123" })] }], "es"),
    );
    expect(row![5]).toBe("962 642 5098 ext. 12 WhatsApp; +1 202 555 0123");
  });

  it("leaves ordinary text alone and quotes what csv-stringify quotes", () => {
    expect(spreadsheetSafe("Casa del Migrante")).toBe("Casa del Migrante");
    expect(spreadsheetSafe("a=b")).toBe("a=b");
    expect(spreadsheetSafe("")).toBe("");
    const csv = officesCsv([office('Say "hi", =1+1')], "en");
    expect(csv).toContain('"Say ""hi"", =1+1"');
    expect(rows(csv)[1]![0]).toBe('Say "hi", =1+1');
  });
});

describe("the HSDS CSV package", () => {
  it("keeps values exact: it is data for programs, not for spreadsheets", () => {
    const tables = Object.fromEntries(hsdsTableNames.map((name) => [name, []])) as unknown as HsdsTables;
    tables.phone = [{ id: "p", number: "+529626425098" }] as unknown as HsdsTables["phone"];
    tables.organization = [{ id: "o", name: "=Casa" }] as unknown as HsdsTables["organization"];
    const files = hsdsCsvPackage(tables, "es");
    const cells = (path: string) => parse(files.get(path)!, { columns: true }) as Record<string, string>[];
    expect(cells(tablePaths.phone)[0]!.number).toBe("+529626425098");
    expect(cells(tablePaths.organization)[0]!.name).toBe("=Casa");
  });
});
