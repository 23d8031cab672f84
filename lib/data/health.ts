import "server-only";
import { db } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";

export type DatabaseHealth = { status: "ok" | "unavailable"; database: "postgres" | "pglite"; latencyMs: number };

/** A real round trip through Prisma, so /api/health reports what pages will meet. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  const database = databaseTarget().kind;
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", database, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: "unavailable", database, latencyMs: Math.round(performance.now() - started) };
  }
}
