import "server-only";
import { db } from "@/lib/db/client";

export async function listAccounts() {
  return db().user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true },
  });
}
