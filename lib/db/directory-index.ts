// The directory searches materialized views (prisma/migrations/*_directory_listing)
// instead of rebuilding every listing's text per request. Whatever writes to
// organisations, offices or services must call this afterwards, or search
// shows the data as it was. It takes well under a second for the real
// directory and about two seconds for 20,000 offices.
import type { PrismaClient } from "@/prisma/generated/client";

export async function refreshDirectoryIndex(prisma: PrismaClient): Promise<void> {
  // Order matters: the word and count views are built from the listing view.
  await prisma.$executeRawUnsafe("REFRESH MATERIALIZED VIEW directory_listing");
  await prisma.$executeRawUnsafe("REFRESH MATERIALIZED VIEW directory_word");
  await prisma.$executeRawUnsafe("REFRESH MATERIALIZED VIEW directory_facet_all");
}
