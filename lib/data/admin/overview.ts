import "server-only";
import { db } from "@/lib/db/client";

export async function adminOverview() {
  const prisma = db();
  const [openReports, officesToVerify] = await Promise.all([
    prisma.problemReport.count({ where: { status: "open" } }),
    prisma.office.count({ where: { needsVerification: true, archivedAt: null } }),
  ]);
  return { openReports, officesToVerify };
}
