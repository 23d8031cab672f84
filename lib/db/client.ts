// The one Prisma client of the running site, created on first use (not at
// import, so `next build` never opens the database) and kept on globalThis so
// that dev-server reloads reuse it instead of opening the database again.
import { PrismaClient } from "@/prisma/generated/client";
import { openAdapterSync } from "@/lib/db/adapter";

const globalForDb = globalThis as unknown as { amparoDb?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.amparoDb ??= new PrismaClient({ adapter: openAdapterSync().factory });
  return globalForDb.amparoDb;
}
