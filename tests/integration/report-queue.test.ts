// The editors' queue of problem reports: a flood must not hide any report.
import { describe, expect, it } from "vitest";
import { listProblemReports, reportsPageSize } from "@/lib/data/admin/reports";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

describe("the problem report queue", () => {
  const database = useSeededTestDatabase();

  it("pages the queue through every open report, oldest first, with the count", async () => {
    const offices = await database.prisma.office.findMany({ select: { id: true }, take: 3 });
    const already = await database.prisma.problemReport.count({ where: { status: "open" } });
    const start = Date.UTC(2026, 0, 1);
    // Two whole pages and some more, some of them created at the same instant.
    const flood = reportsPageSize * 2 + 7;
    await database.prisma.problemReport.createMany({
      data: Array.from({ length: flood }, (_, n) => ({
        officeId: offices[n % offices.length]!.id,
        locale: "es",
        message: `Flood report ${String(n).padStart(3, "0")}`,
        createdAt: new Date(start - Math.floor(n / 2) * 60_000),
      })),
    });
    const total = already + flood;
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listProblemReports({ status: "open", page }, "es")));
    expect(pages.map((p) => [p.total, p.page, p.pageCount])).toEqual([
      [total, 1, 3],
      [total, 2, 3],
      [total, 3, 3],
      // Past the end: the last page.
      [total, 3, 3],
    ]);
    const seen = pages.slice(0, 3).flatMap((p) => p.reports);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((report) => report.id)).size).toBe(total);
    const times = seen.map((report) => report.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The oldest of the flood waits at the top of the first page.
    expect(pages[0]!.reports[0]!.message).toBe(`Flood report ${String(flood - 1).padStart(3, "0")}`);
  });

  it("lists closed reports newest first, on their own pages", async () => {
    const open = await listProblemReports({ status: "open", page: 1 }, "en");
    const [first, second] = [open.reports[0]!, open.reports[1]!];
    await database.prisma.problemReport.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { status: "closed", closedAt: new Date() } });
    const closed = await listProblemReports({ status: "closed", page: 1 }, "en");
    expect(closed).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(closed.reports.map((report) => report.id)).toEqual([second.id, first.id]);
    expect((await listProblemReports({ status: "open", page: 1 }, "en")).total).toBe(open.total - 2);
  });
});
