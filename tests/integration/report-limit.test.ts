import { beforeAll, describe, expect, it } from "vitest";
import { reportAddressPolicy } from "@/lib/auth/throttle";
import { submitProblemReport } from "@/lib/data/problem-reports";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

describe("problem report limit per address", () => {
  const database = useSeededTestDatabase();
  let office: string;
  beforeAll(async () => {
    office = (await database.prisma.office.findFirstOrThrow({ where: { published: true }, select: { slug: true } })).slug;
  });

  const report = (address: string, slug = office) =>
    submitProblemReport(database.prisma, { office: slug, locale: "es", message: "The phone number no longer works.", website: "" }, address);

  it("stores exactly five of twenty simultaneous reports from one address", async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => report("203.0.113.77")));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(reportAddressPolicy.lockAfter);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(20 - reportAddressPolicy.lockAfter);
    expect(await database.prisma.problemReport.count()).toBe(reportAddressPolicy.lockAfter);
    // Another address is not affected.
    expect(await report("203.0.113.78")).toBe("sent");
  });

  it("does not count a report about an unknown office", async () => {
    for (let i = 0; i < reportAddressPolicy.lockAfter; i += 1) expect(await report("203.0.113.79", "no-such-office")).toBe("invalid");
    expect(await report("203.0.113.79")).toBe("sent");
  });
});
