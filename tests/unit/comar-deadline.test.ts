import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { readSeedData } from "@/prisma/seed/read-seed-files";
import { jsonStrings as strings } from "@/tests/setup/json-strings";

// The law (LRPCAP art. 18) gives 30 *working* days from the day after entering
// Mexico, and a later application is possible when something prevented it.
// Quoting the common misreading («30 días», "30 days") is allowed.
const calendarDays = /(?<![«"“])\b30(?: días| days|-day)\b(?! hábiles)(?![»"”])/;

describe("COMAR's deadline", () => {
  it("is given in working days everywhere", async () => {
    const texts = [...strings(es, "es"), ...strings(en, "en"), ...strings(await readSeedData(), "seed")];
    expect(texts.filter(([, text]) => calendarDays.test(text)).map(([path]) => path)).toEqual([]);
  });

  it("says a late application is still possible, on the home page and on COMAR's service", async () => {
    expect(es.Home.deadlineBody).toMatch(/30 días hábiles/);
    expect(es.Home.deadlineBody).toMatch(/impidi/);
    expect(en.Home.deadlineBody).toMatch(/30 working days/);
    expect(en.Home.deadlineBody).toMatch(/prevented/);
    const comar = (await readSeedData()).organizations.find((org) => org.slug === "comar");
    const procedure = comar?.services.find((service) => service.type === "asylum_procedure");
    expect(procedure?.eligibility?.es).toMatch(/30 días hábiles[\s\S]*impidi/);
    expect(procedure?.eligibility?.en).toMatch(/30 working days[\s\S]*prevented/);
    // Free by law: LRPCAP art. 18, last paragraph.
    expect(procedure?.cost).toBe("free");
  });
});
