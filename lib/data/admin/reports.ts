import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/validation/localized-text";

export async function listProblemReports(status: "open" | "closed", locale: Locale) {
  const rows = await db().problemReport.findMany({
    where: { status },
    orderBy: { createdAt: status === "open" ? "asc" : "desc" },
    take: 200,
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
  return rows.map((row) => ({
    ...row,
    officeName: [pickLocalized(row.office.organization.name, locale)?.text, pickLocalized(row.office.name, locale)?.text].filter(Boolean).join(" — "),
  }));
}
