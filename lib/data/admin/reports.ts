import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

export const reportsPageSize = 50;

/**
 * The queue's address (?status=closed&page=3). A bad value falls back to the
 * default rather than failing: it is an editor's link, not an API.
 */
export const reportQueueQuerySchema = z.object({
  status: z.enum(["open", "closed"]).catch("open"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ReportQueueQuery = z.output<typeof reportQueueQuerySchema>;

/**
 * One page of the queue and how many reports it holds, so a flood of reports
 * cannot push real ones out of sight. Open reports come oldest first (the
 * longest waiting at the top), closed ones newest first; the id breaks ties so
 * that pages never overlap.
 */
export async function listProblemReports({ status, page }: ReportQueueQuery, locale: Locale) {
  const prisma = db();
  const total = await prisma.problemReport.count({ where: { status } });
  const pageCount = Math.max(1, Math.ceil(total / reportsPageSize));
  // Past the end (reports closed meanwhile): the last page, not an empty one.
  const current = Math.min(page, pageCount);
  const direction = status === "open" ? "asc" : "desc";
  const rows = await prisma.problemReport.findMany({
    where: { status },
    orderBy: [{ createdAt: direction }, { id: direction }],
    skip: (current - 1) * reportsPageSize,
    take: reportsPageSize,
    select: {
      id: true,
      message: true,
      locale: true,
      createdAt: true,
      closedAt: true,
      resolution: true,
      closedBy: { select: { name: true } },
      office: { select: { id: true, name: true, organization: { select: { name: true } } } },
    },
  });
  const reports = rows.map((row) => ({
    ...row,
    officeName: [pickLocalized(row.office.organization.name, locale)?.text, pickLocalized(row.office.name, locale)?.text].filter(Boolean).join(" — "),
  }));
  return { reports, total, page: current, pageCount };
}
